// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Ogg Vorbis: {@link mutagen.oggvorbis.OggVorbis}. Mirrors {@code mutagen.oggvorbis}.
 *
 * <p>The first page whose first packet starts with {@code \x01vorbis} is the identification header (channels,
 * sample rate, maximum/nominal/minimum bitrate); the next packet of that stream, after {@code \x03vorbis}, is the
 * comment, which shares its last page with the setup header. Saving rewrites those pages only.
 */
package mutagen.oggvorbis;
