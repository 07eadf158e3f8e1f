// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

/**
 * Ogg's page checksum: CRC-32 with the polynomial 0x04C11DB7, most significant bit first, initial value 0 and no
 * final inversion (RFC 3533, section 6).
 */
final class OggCrc {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            TABLE[i] = r;
        }
    }

    private OggCrc() {
    }

    /** Continues a checksum {@code crc} over {@code data[from, to)}. */
    static int update(int crc, byte[] data, int from, int to) {
        int c = crc;
        for (int i = from; i < to; i++) {
            c = (c << 8) ^ TABLE[((c >>> 24) ^ data[i]) & 0xFF];
        }
        return c;
    }
}
