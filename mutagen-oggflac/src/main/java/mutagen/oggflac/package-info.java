// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Ogg FLAC: {@link mutagen.oggflac.OggFLAC}. Mirrors {@code mutagen.oggflac}.
 *
 * <p>The first packet of the stream is {@code \x7FFLAC}, the mapping version (1.0), the count of header packets,
 * {@code fLaC} and the STREAMINFO block (its 4-byte block header, then 34 bytes); the stream's second page
 * (sequence 1) holds the VORBIS_COMMENT block: a 4-byte block header, then a Vorbis comment without framing bit.
 */
package mutagen.oggflac;
