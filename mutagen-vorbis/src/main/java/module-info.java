// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Vorbis comments: the key/value tags of Ogg Vorbis, Opus, Speex, Theora, Ogg FLAC and FLAC.
 * Mirrors {@code mutagen._vorbis}.
 */
module mutagen.vorbis {
    requires transitive mutagen;

    exports mutagen.vorbis;

    provides mutagen.common.TagMappingProvider with mutagen.vorbis.VCommentViewProvider;
}
