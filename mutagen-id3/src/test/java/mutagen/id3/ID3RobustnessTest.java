// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import mutagen.util.MemoryChannel;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: truncated tags and corrupted size fields give a result or an {@link ID3Error}, never another
 * exception, and a tag claiming more bytes than the file holds is rejected before anything is allocated for it.
 */
class ID3RobustnessTest {

    /** Loads, prints and re-saves (v2.4 and v2.3, in memory); any failure must be an ID3Error. */
    private static void exercise(byte[] data, String what) {
        try {
            ID3 id3 = new ID3(FileSource.of(data, ""), ID3LoadOptions.defaults());
            id3.pprint();
            for (int v : new int[] {4, 3}) {
                ID3 copy = new ID3(FileSource.of(data, ""), ID3LoadOptions.defaults().withV2Version(v));
                MemoryChannel ch = MemoryChannel.writable(data.clone());
                try {
                    copy.save(FileSource.of(ch, "", true), ID3SaveOptions.defaults().withV2Version(v));
                } catch (IllegalArgumentException e) {
                    // A value the tag cannot be saved with (mutagen's ValueError/UnicodeEncodeError) is allowed.
                }
            }
            new ID3FileType(FileSource.of(data, "")).pprint();
        } catch (MutagenError e) {
            assertTrue(e instanceof ID3Error, what + ": " + e);
        } catch (IOException e) {
            fail(what + ": unexpected " + e);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw new AssertionError(what + ": unexpected " + e, e);
        }
    }

    private static byte[] tagRegion(String name, int maxLen) {
        byte[] all = TestFiles.bytes(TestFiles.corpus(name));
        return Arrays.copyOf(all, Math.min(all.length, maxLen));
    }

    @Test
    void testTruncatedAtEveryOffset() {
        for (String name : List.of("id3v23_unsynch.id3", "id3v24_extended_header.id3", "issue_21.id3")) {
            byte[] all = TestFiles.bytes(TestFiles.corpus(name));
            for (int n = 0; n <= all.length; n++) {
                exercise(Arrays.copyOf(all, n), name + " cut at " + n);
            }
        }
        // silence-44-s.mp3: the whole 1314-byte tag region plus a little audio.
        byte[] silence = tagRegion("silence-44-s.mp3", 1400);
        for (int n = 0; n <= silence.length; n++) {
            exercise(Arrays.copyOf(silence, n), "silence-44-s.mp3 cut at " + n);
        }
    }

    @Test
    void testCorruptedBytes() {
        for (String name : List.of("id3v23_unsynch.id3", "silence-44-s.mp3", "id3v22-test.mp3",
                "id3v24_extended_header.id3", "bad-POPM-frame.mp3")) {
            byte[] all = tagRegion(name, 2048);
            int[] values = {0x00, 0x7F, 0x80, 0xFF};
            for (int i = 0; i < Math.min(all.length, 400); i++) {
                for (int v : values) {
                    byte[] copy = all.clone();
                    copy[i] = (byte) v;
                    exercise(copy, name + " byte " + i + " = " + v);
                }
            }
        }
    }

    @Test
    void testFlippedFrameSizeFields() {
        // Walk the frames of silence-44-s.mp3 (v2.3) and set each frame's size field to extreme values.
        byte[] all = tagRegion("silence-44-s.mp3", 4096);
        int pos = 10;
        int flipped = 0;
        while (pos + 10 <= 1314 && all[pos] != 0) {
            long size = mutagen.util.Bytes.u32be(all, pos + 4);
            for (long v : new long[] {0, 1, 0x7F, 0xFFFF, 0x7FFFFFFFL, 0xFFFFFFFFL, size + 1, size - 1}) {
                byte[] copy = all.clone();
                mutagen.util.Bytes.put32be(copy, pos + 4, v);
                exercise(copy, "frame at " + pos + " size " + v);
                flipped++;
            }
            pos += 10 + (int) size;
        }
        assertEquals(9 * 8, flipped);
    }

    @Test
    void testHugeTagClaimInSmallFileIsRejected() {
        // A header claiming 2^28 - 1 bytes in a 1 KB file: rejected from the size check, nothing allocated.
        byte[] data = new byte[1024];
        data[0] = 'I';
        data[1] = 'D';
        data[2] = '3';
        data[3] = 4;
        data[6] = 0x7F;
        data[7] = 0x7F;
        data[8] = 0x7F;
        data[9] = 0x7F;
        assertThrows(ID3Error.class, () -> new ID3(FileSource.of(data, ""), ID3LoadOptions.defaults()));
        // The same through ID3FileType: the tag error propagates as in mutagen.
        assertThrows(ID3Error.class, () -> new ID3FileType(FileSource.of(data, "")));
        // A v2.3 extended header claiming 4 GiB.
        byte[] ext = data.clone();
        ext[3] = 3;
        ext[5] = 0x40;
        ext[6] = 0;
        ext[7] = 0;
        ext[8] = 0x10;
        ext[9] = 0;
        ext[10] = (byte) 0xFF;
        ext[11] = (byte) 0xFF;
        ext[12] = (byte) 0xFF;
        ext[13] = (byte) 0xFF;
        assertThrows(ID3Error.class, () -> new ID3(FileSource.of(ext, ""), ID3LoadOptions.defaults()));
    }

    @Test
    void testHugeFrameSizeInsideTag() throws Exception {
        // A frame claiming 2^32-1 bytes inside a small tag is cut to what the tag holds (mutagen slices).
        byte[] tag = T.cat(T.b("ID3\3\0\0\0\0\0\u0020"), T.b("TIT2"), new byte[] {-1, -1, -1, -1, 0, 0},
                T.b("\0abc"), new byte[18]);
        ID3 id3 = new ID3(FileSource.of(tag, ""), ID3LoadOptions.defaults());
        assertEquals("TIT2=abc", id3.pprint());
    }

    @Test
    void testDeeplyNestedChaptersDoNotOverflowTheStack() throws Exception {
        // 5000 CHAP frames, each the only sub-frame of the one before: mutagen would hit its recursion limit.
        byte[] inner = T.b("TIT2\0\0\0\2\0\0\0x");
        for (int i = 0; i < 5000; i++) {
            byte[] body = T.cat(T.b("c\0"), new byte[16], inner);
            inner = T.cat(T.b("CHAP"), mutagen.util.BitPaddedInt.encode(body.length, 8, true, 4, 4), new byte[2], body);
        }
        byte[] tag = T.cat(T.b("ID3\3\0\0"), mutagen.util.BitPaddedInt.encodeSyncsafe(inner.length), inner);
        ID3 id3 = new ID3(FileSource.of(tag, ""), ID3LoadOptions.defaults());
        // Chapters deeper than the nesting limit are dropped as junk; the outer ones are kept.
        assertEquals(List.of("CHAP:c"), id3.keys());
        int depth = 0;
        ID3Tags level = id3.frames();
        while (!level.isEmpty()) {
            depth++;
            level = ((CHAP) level.get("CHAP:c")).subFrames();
        }
        assertEquals(ID3Header.MAX_NESTING, depth);
        exercise(tag, "nested chapters");

        byte[] shallow = T.b("TIT2\0\0\0\2\0\0\0x");
        for (int i = 0; i < 3; i++) {
            byte[] body = T.cat(T.b("c\0"), new byte[16], shallow);
            shallow = T.cat(T.b("CHAP"), mutagen.util.BitPaddedInt.encode(body.length, 8, true, 4, 4), new byte[2],
                    body);
        }
        byte[] tag2 = T.cat(T.b("ID3\3\0\0"), mutagen.util.BitPaddedInt.encodeSyncsafe(shallow.length), shallow);
        assertEquals("CHAP=c time=0..0 offset=0..0\n    CHAP=c time=0..0 offset=0..0\n"
                + "        CHAP=c time=0..0 offset=0..0\n            TIT2=x",
                new ID3(FileSource.of(tag2, ""), ID3LoadOptions.defaults()).pprint());
    }
}
