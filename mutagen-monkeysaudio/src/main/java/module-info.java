// SPDX-License-Identifier: GPL-2.0-or-later
/** MonkeysAudio files: stream information and APEv2 tags. Mirrors {@code mutagen.monkeysaudio}. */
module mutagen.monkeysaudio {
    requires transitive mutagen;
    requires transitive mutagen.apev2;

    exports mutagen.monkeysaudio;

    provides mutagen.spi.FormatProvider with mutagen.monkeysaudio.MonkeysAudioProvider;
}
