// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.util.Arrays;
import mutagen.util.Bytes;

/**
 * The payload of a full atom split into version, flags and the rest. Mirrors mutagen's internal
 * {@code mutagen.mp4._util.parse_full_atom}.
 *
 * @param version the first byte
 * @param flags the next three bytes, big-endian
 * @param data what follows
 */
record FullAtom(int version, int flags, byte[] data) {

    /**
     * Splits a payload.
     *
     * @throws MP4Error "not enough data" (Python's ValueError) when fewer than 4 bytes are given
     */
    static FullAtom parse(byte[] payload) throws MP4Error {
        if (payload.length < 4) {
            throw new MP4Error("not enough data");
        }
        return new FullAtom(payload[0] & 0xFF, (int) Bytes.uintBE(payload, 1, 3),
                Arrays.copyOfRange(payload, 4, payload.length));
    }
}
