// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import mutagen.util.MemoryChannel;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs: every truncation and many corrupted length fields of small FLAC files give a loaded file or a
 * {@link MutagenError}, never another exception, an out-of-memory error or a hang. Loaded files also save.
 */
class FLACFuzzTest {

    private int loaded;
    private int failed;

    /** Loads (and, when that works, saves and reloads) the bytes; only MutagenError may escape. */
    private void check(byte[] data, String what) {
        FLAC f;
        try {
            f = new FLAC(FileSource.of(data, "fuzz.flac"));
        } catch (MutagenError e) {
            assertNotNull(e.getMessage(), what);
            failed++;
            return;
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new AssertionError(what + ": " + e, e);
        }
        loaded++;
        try {
            assertNotNull(f.pprint(), what);
            MemoryChannel ch = MemoryChannel.writable(data);
            f.save(FileSource.of(ch, "fuzz.flac", true), false, null);
            FLAC back = new FLAC(FileSource.of(ch.toByteArray(), "fuzz.flac"));
            assertEquals(f.tags() == null ? null : f.tags().entries(),
                    back.tags() == null ? null : back.tags().entries(), what);
        } catch (MutagenError e) {
            // a broken file may still refuse to be saved, as in mutagen
            assertNotNull(e.getMessage(), what);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new AssertionError(what + ": " + e, e);
        }
    }

    /** Offsets of the block headers after "fLaC". */
    private static List<Integer> blockHeaders(byte[] data) throws IOException {
        List<Integer> out = new ArrayList<>();
        ByteReader in = FLACParser.reader(data);
        FLACParser.checkHeader(in, "");
        boolean last = false;
        while (!last) {
            out.add((int) in.tell());
            int first = in.u8();
            last = (first & 0x80) != 0;
            in.seek(in.tell() - 1);
            FLACParser.findAudioOffsetOfOne(in);
        }
        return out;
    }

    @Test
    void everyTruncation() throws IOException {
        for (String name : List.of("silence-44-s.flac", "flac_application.flac", "106-short-picture-block-size.flac",
                "52-too-short-block-size.flac")) {
            byte[] data = TestFiles.bytes(TestFiles.corpus(name));
            int metaEnd = blockHeaders(data).get(blockHeaders(data).size() - 1) + 4;
            int end = Math.min(data.length, metaEnd + 8192);
            for (int n = 0; n <= end; n++) {
                check(Arrays.copyOf(data, n), name + " truncated to " + n);
            }
        }
        assertTrue(loaded > 0 && failed > 0);
    }

    @Test
    void truncatedBehindAnId3Tag() {
        byte[] data = FlacTestSupport.concat(FlacTestSupport.id3v2("t"), TestFiles.bytes(
                TestFiles.corpus("no-tags.flac")));
        for (int n = 0; n <= 1105 + 200; n++) {
            check(Arrays.copyOf(data, n), "id3+no-tags truncated to " + n);
        }
        assertTrue(failed > 0);
    }

    private static final int[] LENGTHS = {0, 1, 2, 3, 4, 17, 18, 33, 34, 35, 255, 396, 0x7FFFFF, 0xFFFFFE, 0xFFFFFF};

    @Test
    void flippedBlockLengthsAndTypes() throws IOException {
        for (String name : List.of("silence-44-s.flac", "flac_application.flac", "no-tags.flac")) {
            byte[] data = TestFiles.bytes(TestFiles.corpus(name));
            for (int at : blockHeaders(data)) {
                int size = ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF);
                List<Integer> lengths = new ArrayList<>();
                for (int l : LENGTHS) {
                    lengths.add(l);
                }
                for (int d = -5; d <= 5; d++) {
                    lengths.add(Math.max(0, size + d));
                }
                for (int len : lengths) {
                    byte[] m = data.clone();
                    m[at + 1] = (byte) (len >>> 16);
                    m[at + 2] = (byte) (len >>> 8);
                    m[at + 3] = (byte) len;
                    check(m, name + " block at " + at + " length " + len);
                }
                for (int bit = 0; bit < 8; bit++) {
                    byte[] m = data.clone();
                    m[at] ^= (byte) (1 << bit);
                    check(m, name + " block at " + at + " header bit " + bit);
                }
                for (int code : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 126, 127}) {
                    byte[] m = data.clone();
                    m[at] = (byte) ((m[at] & 0x80) | code);
                    check(m, name + " block at " + at + " code " + code);
                }
            }
        }
        assertTrue(loaded > 0 && failed > 0);
    }

    @Test
    void hugeInnerLengths() throws IOException {
        byte[] data = TestFiles.bytes(TestFiles.corpus("silence-44-s.flac"));
        FLAC f = new FLAC(FileSource.of(data, ""));
        // every 32-bit length field inside the comment and picture payloads, set to large values
        for (int at : blockHeaders(data)) {
            int code = data[at] & 0x7F;
            if (code != VCFLACDict.CODE && code != Picture.CODE && code != CueSheet.CODE) {
                continue;
            }
            int size = ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF);
            for (int off = at + 4; off + 4 <= at + 4 + size; off++) {
                for (long v : new long[] {0xFFFFFFFFL, 0x7FFFFFFFL, 0x10000000L, 50_000L}) {
                    byte[] m = data.clone();
                    boolean le = code == VCFLACDict.CODE;
                    for (int i = 0; i < 4; i++) {
                        m[off + i] = (byte) (v >>> (8 * (le ? i : 3 - i)));
                    }
                    check(m, "field at " + off + " = " + v);
                }
            }
        }
        assertNotNull(f.tags());
        assertTrue(loaded > 0 && failed > 0);
    }

    @Test
    void randomByteFlipsInTheMetadata() throws IOException {
        byte[] data = TestFiles.bytes(TestFiles.corpus("silence-44-s.flac"));
        List<Integer> headers = blockHeaders(data);
        int metaEnd = headers.get(headers.size() - 1);
        java.util.Random random = new java.util.Random(52106);
        for (int i = 0; i < 3000; i++) {
            byte[] m = data.clone();
            int flips = 1 + random.nextInt(4);
            for (int j = 0; j < flips; j++) {
                m[random.nextInt(metaEnd)] = (byte) random.nextInt(256);
            }
            check(m, "random flips, round " + i);
        }
        assertTrue(loaded > 0);
    }
}
