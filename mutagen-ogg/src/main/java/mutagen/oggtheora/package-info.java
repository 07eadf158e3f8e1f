// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Ogg Theora: {@link mutagen.oggtheora.OggTheora}. Mirrors {@code mutagen.oggtheora}.
 *
 * <p>{@code \x80theora} is the identification header (version 3.2, frame rate at 22, nominal bitrate at 37,
 * granule shift in bits 5-9 of the 16-bit word at 40, big-endian); {@code \x81theora} is the comment, a Vorbis comment
 * without framing bit. A granule position is key-frame number and frames since it, split at the granule shift.
 */
package mutagen.oggtheora;
