// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * Deterministic filler bytes, the same as oracle.py's {@code seeded_bytes}: SHA-256 of {@code "SEED:K"} for
 * K = 0, 1, ... joined and cut to the size. Lets scripts carry a 5 MB picture as {@code {"seeded": {seed, size}}}
 * instead of its hex, and keeps large fixtures out of the repository.
 */
final class Seeded {
    private Seeded() {
    }

    /** The filler of a seed and size. */
    static byte[] bytes(long seed, int size) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] out = new byte[size];
            int pos = 0;
            for (long k = 0; pos < size; k++) {
                byte[] d = sha.digest((seed + ":" + k).getBytes(StandardCharsets.US_ASCII));
                int n = Math.min(d.length, size - pos);
                System.arraycopy(d, 0, out, pos, n);
                pos += n;
            }
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The edit form {@code {"seeded": {"seed": S, "size": N}}}. */
    static Map<String, Object> of(long seed, int size) {
        return Map.of("seeded", Map.of("seed", seed, "size", (long) size));
    }

    /** The bytes of an edit form {@code {"seeded": {...}}}. */
    static byte[] from(Map<?, ?> form) {
        Map<?, ?> s = (Map<?, ?>) form.get("seeded");
        return bytes(((Number) s.get("seed")).longValue(), ((Number) s.get("size")).intValue());
    }
}
