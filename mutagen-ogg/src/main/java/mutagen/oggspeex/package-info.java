// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Ogg Speex: {@link mutagen.oggspeex.OggSpeex}. Mirrors {@code mutagen.oggspeex}.
 *
 * <p>The {@code Speex   } header (80 bytes: rate at 36, channels at 48, bitrate at 52, little-endian) starts the
 * stream; the next packet of the stream is a Vorbis comment without magic or framing bit.
 */
package mutagen.oggspeex;
