// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/**
 * The outcome of every truncation (up to 4300 bytes) and of every flipped block length and type code before the
 * first distrusted block of two corpus files, as one text: {@code ok:pprint:bitrate:blocks} or
 * {@code err:ErrorClass:message}. Its SHA-256 was computed by running the same loop with mutagen 1.48.1 by hand
 * (Python's {@code error} is {@code FLACError} here); 8727 outcomes, all of them MutagenErrors or loads.
 */
class FLACErrorParityTest {
    private static final String EXPECTED_SHA256 = "92004b9ccfc839bd7e4dd1412e186cae7ad2694d1593f7c3f69c40a8effafe7f";
    private static final String INNER_SHA256 = "e26529c94e9133ecf481e03bc6a46ea8bc3c42b45919bca41ab583e1354823dd";
    private static final int[] LENGTHS = {0, 1, 2, 3, 4, 17, 18, 33, 34, 35, 255, 396, 0x7FFFFF, 0xFFFFFE, 0xFFFFFF};
    private static final int[] CODES = {0, 1, 2, 3, 4, 5, 6, 7, 126, 127};

    private static String outcome(byte[] data) {
        try {
            FLAC f = new FLAC(FileSource.of(data, ""));
            return "ok:" + f.pprint() + ":" + f.info().bitrate() + ":" + f.metadataBlocks().size();
        } catch (MutagenError e) {
            String kind = e.getClass() == FLACError.class ? "error" : e.getClass().getSimpleName();
            return "err:" + kind + ":" + e.getMessage();
        }
    }

    private static List<String> cases(String name) {
        byte[] data = TestFiles.bytes(TestFiles.corpus(name));
        List<String> out = new ArrayList<>();
        for (int n = 0; n <= Math.min(data.length, 4300); n++) {
            out.add(n + " " + outcome(java.util.Arrays.copyOf(data, n)));
        }
        List<Integer> headers = new ArrayList<>();
        int pos = 4;
        while (true) {
            headers.add(pos);
            int b = data[pos] & 0xFF;
            int size = ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8) | (data[pos + 3] & 0xFF);
            if ((b & 0x80) != 0 || (b & 0x7F) == 4 || (b & 0x7F) == 6) {
                break;
            }
            pos += 4 + size;
        }
        for (int at : headers) {
            for (int l : LENGTHS) {
                byte[] m = data.clone();
                m[at + 1] = (byte) (l >>> 16);
                m[at + 2] = (byte) (l >>> 8);
                m[at + 3] = (byte) l;
                out.add("len " + at + " " + l + " " + outcome(m));
            }
            for (int code : CODES) {
                byte[] m = data.clone();
                m[at] = (byte) ((m[at] & 0x80) | code);
                out.add("code " + at + " " + code + " " + outcome(m));
            }
        }
        return out;
    }

    /**
     * Every 32-bit field position inside the comment, cue sheet and picture payloads of silence-44-s.flac set to
     * 0xFFFFFFFF, 0x7FFFFFFF, 0x10000000 and 50000 (little-endian in the comment): 3788 outcomes, SHA-256 from
     * mutagen 1.48.1.
     */
    @Test
    void sameOutcomesForCorruptInnerLengths() throws IOException, NoSuchAlgorithmException {
        byte[] data = TestFiles.bytes(TestFiles.corpus("silence-44-s.flac"));
        List<String> lines = new ArrayList<>();
        int pos = 4;
        for (int i = 0; i < new FLAC(FileSource.of(data, "")).metadataBlocks().size(); i++) {
            int code = data[pos] & 0x7F;
            int size = ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8) | (data[pos + 3] & 0xFF);
            if (code == 4 || code == 5 || code == 6) {
                for (int off = pos + 4; off < pos + 4 + size - 3; off++) {
                    for (long v : new long[] {0xFFFFFFFFL, 0x7FFFFFFFL, 0x10000000L, 50000L}) {
                        byte[] m = data.clone();
                        for (int k = 0; k < 4; k++) {
                            m[off + k] = (byte) (v >>> (8 * (code == 4 ? k : 3 - k)));
                        }
                        lines.add(off + " " + v + " " + outcome(m));
                    }
                }
            }
            pos += 4 + size;
        }
        String text = String.join("\n", lines);
        String sha = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        if (!sha.equals(INNER_SHA256)) {
            Files.writeString(Path.of("target", "inner-parity-java.txt"), text);
        }
        assertEquals(3788, lines.size());
        assertEquals(INNER_SHA256, sha, "outcomes differ; see target/inner-parity-java.txt");
    }

    @Test
    void sameOutcomesAsMutagen() throws IOException, NoSuchAlgorithmException {
        List<String> lines = new ArrayList<>();
        for (String name : List.of("silence-44-s.flac", "no-tags.flac")) {
            for (String l : cases(name)) {
                lines.add(name + " " + l);
            }
        }
        String text = String.join("\n", lines);
        String sha = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        if (!sha.equals(EXPECTED_SHA256)) {
            Files.writeString(Path.of("target", "error-parity-java.txt"), text);
        }
        assertEquals(8727, lines.size());
        assertEquals(EXPECTED_SHA256, sha, "outcomes differ; see target/error-parity-java.txt");
    }
}
