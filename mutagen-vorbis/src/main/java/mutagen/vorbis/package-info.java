// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Vorbis comments (<a href="https://xiph.org/vorbis/doc/v-comment.html">spec</a>): a vendor string and a list of
 * {@code KEY=value} pairs, keys printable ASCII 0x20-0x7D except {@code =}, matched case-insensitively, values UTF-8.
 * Mirrors {@code mutagen._vorbis}.
 *
 * <p>File notes: {@link mutagen.vorbis.VComment} is the ordered list (stored key case kept, duplicates allowed);
 * {@link mutagen.vorbis.VCommentDict} adds the case-insensitive dict view. Ogg Vorbis ends the packet with a framing
 * bit, FLAC/Opus/Speex/Theora do not. Invalid UTF-8 is handled per {@link mutagen.vorbis.VComment.Errors}; keys that
 * are not valid after decoding are silently dropped on read, as mutagen does.
 */
package mutagen.vorbis;
