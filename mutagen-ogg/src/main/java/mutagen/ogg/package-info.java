// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Ogg bitstreams (<a href="https://www.rfc-editor.org/rfc/rfc3533">RFC 3533</a>): pages, packets and the generic
 * {@link mutagen.ogg.OggFileType}. Mirrors {@code mutagen.ogg}.
 *
 * <p>File notes: a page is {@code OggS}, version 0, flags (1 continued, 2 first, 4 last), a 64-bit granule position,
 * a 32-bit serial, a 32-bit sequence number, a CRC-32 (polynomial 0x04C11DB7 over the page with the CRC field zeroed),
 * a segment count and up to 255 lacing values; a value below 255 ends a packet, so a page holds at most 65,025 data
 * bytes. Logical streams may be chained (one after another) or multiplexed (pages interleaved); each codec reads its
 * own stream by serial and leaves the other streams' pages byte for byte. Mutagen does not check the CRC when reading,
 * and neither does this port.
 */
package mutagen.ogg;
