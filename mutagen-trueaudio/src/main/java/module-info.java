// SPDX-License-Identifier: GPL-2.0-or-later
/** True Audio files: stream information and ID3 tags. Mirrors {@code mutagen.trueaudio}. */
module mutagen.trueaudio {
    requires transitive mutagen;
    requires transitive mutagen.id3;

    exports mutagen.trueaudio;

    provides mutagen.spi.FormatProvider with mutagen.trueaudio.TrueAudioProvider;
}
