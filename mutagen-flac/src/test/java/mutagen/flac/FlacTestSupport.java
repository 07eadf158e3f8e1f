// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import mutagen.testkit.TestFiles;

/** Shared helpers of the FLAC tests. */
final class FlacTestSupport {
    private FlacTestSupport() {
    }

    static Path copy(String corpusName, Path dir) {
        return TestFiles.tempCopy(TestFiles.corpus(corpusName), dir);
    }

    static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A 1105-byte ID3v2.4 tag holding TIT2 (as the oracle edits of derive-expected.py build it). */
    static byte[] id3v2(String title) {
        byte[] t = latin1(title);
        byte[] out = new byte[1105];
        byte[] head = latin1("ID3\u0004\0\0\0\0\u0008\u0047TIT2");
        System.arraycopy(head, 0, out, 0, head.length);
        int at = head.length;
        int size = 1 + t.length;
        out[at + 3] = (byte) size;
        at += 4 + 2 + 1;
        System.arraycopy(t, 0, out, at, t.length);
        return out;
    }

    /** A 128-byte ID3v1 tag with a title. */
    static byte[] id3v1(String title) {
        byte[] out = new byte[128];
        System.arraycopy(latin1("TAG"), 0, out, 0, 3);
        byte[] t = latin1(title);
        System.arraycopy(t, 0, out, 3, t.length);
        out[127] = (byte) 0xFF;
        return out;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static byte[] pattern(int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (i * 7 + 3);
        }
        return out;
    }
}
