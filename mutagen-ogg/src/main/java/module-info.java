// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Ogg files: pages and packets, and the Vorbis, Opus, Speex and Theora streams with their Vorbis comments. Mirrors
 * {@code mutagen.ogg}, {@code mutagen.oggvorbis}, {@code mutagen.oggopus}, {@code mutagen.oggspeex} and
 * {@code mutagen.oggtheora}.
 */
module mutagen.ogg {
    requires transitive mutagen;
    requires transitive mutagen.vorbis;

    exports mutagen.ogg;
    exports mutagen.oggvorbis;
    exports mutagen.oggopus;
    exports mutagen.oggspeex;
    exports mutagen.oggtheora;
    exports mutagen.ogg.internal to mutagen.oggflac;

    provides mutagen.spi.FormatProvider with mutagen.oggvorbis.OggVorbisProvider, mutagen.oggopus.OggOpusProvider,
            mutagen.oggspeex.OggSpeexProvider, mutagen.oggtheora.OggTheoraProvider;
}
