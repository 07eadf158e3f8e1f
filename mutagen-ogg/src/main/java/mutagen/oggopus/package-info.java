// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Ogg Opus (<a href="https://www.rfc-editor.org/rfc/rfc7845">RFC 7845</a>): {@link mutagen.oggopus.OggOpus}. Mirrors
 * {@code mutagen.oggopus}.
 *
 * <p>{@code OpusHead} (version, channels, pre-skip, input rate, output gain, mapping) starts the stream; the next
 * packet of the stream is {@code OpusTags}, a Vorbis comment without framing bit, possibly followed by padding or, when
 * the first byte after it has its low bit set, by data that must be kept.
 */
package mutagen.oggopus;
