// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_mp3.py::TMP3Util
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

class MP3UtilTest {

    private static List<Long> getSyncs(byte[] data, long maxRead) throws IOException {
        List<Long> pos = new ArrayList<>();
        try (FileSource source = FileSource.of(data, "")) {
            ByteReader scanner = source.reader(0, Math.min(maxRead, data.length), MP3Error::new);
            for (long p = MPEGParser.nextSync(scanner); p >= 0; p = MPEGParser.nextSync(scanner)) {
                pos.add(p);
            }
        }
        return pos;
    }

    private static byte[] b(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void testFindSync() throws IOException {
        assertEquals(List.of(), getSyncs(b('a', 'b', 'c'), 100));
        assertEquals(List.of(), getSyncs(new byte[0], 100));
        assertEquals(List.of(), getSyncs(b('a', 0xff, 0xe0), 1));

        assertEquals(List.of(3L), getSyncs(b('a', 0xff, 0xc0, 0xff, 0xe0), 100));
        assertEquals(List.of(1L, 3L, 5L), getSyncs(b('a', 0xff, 0xe0, 0xff, 0xe0, 0xff, 0xe0), 100));

        for (int i = 0; i < 400; i++) {
            byte[] data = new byte[i + 2];
            data[i] = (byte) 0xff;
            data[i + 1] = (byte) 0xe0;
            assertEquals(List.of((long) i), getSyncs(data, 100 + i), "offset " + i);
        }
    }

    // Not in mutagen's suite: the window edges and a start offset other than 0.

    @Test
    void testFindSyncWindowEdges() throws IOException {
        // Both bytes of a candidate must lie inside the window.
        assertEquals(List.of(), getSyncs(b(0, 0xff, 0xe0), 2));
        assertEquals(List.of(1L), getSyncs(b(0, 0xff, 0xe0), 3));
        // Candidates across the scanner's 64 KiB chunk boundaries are all found, in order.
        byte[] data = new byte[200_000];
        List<Long> expected = new ArrayList<>();
        for (int at : new int[] {0, 65_534, 65_535, 131_069, 131_070, 199_998}) {
            data[at] = (byte) 0xff;
            data[at + 1] = (byte) 0xf0;
            expected.add((long) at);
        }
        assertEquals(expected, getSyncs(data, 1 << 20));
        try (FileSource source = FileSource.of(data, "")) {
            ByteReader scanner = source.reader(65_535, 65_536, MP3Error::new);
            assertEquals(65_535, MPEGParser.nextSync(scanner));
            assertEquals(131_069, MPEGParser.nextSync(scanner));
            assertEquals(-1, MPEGParser.nextSync(scanner));
        }
    }

    @Test
    void testSkipId3() throws IOException {
        byte[] tag = b('I', 'D', '3', 4, 0, 0, 0, 0, 0, 2, 'x', 'y');
        byte[] empty = b('I', 'D', '3', 4, 0, 0, 0, 0, 0, 0);
        byte[] data = new byte[tag.length * 2 + 4];
        System.arraycopy(tag, 0, data, 0, tag.length);
        System.arraycopy(tag, 0, data, tag.length, tag.length);
        try (FileSource source = FileSource.of(data, "")) {
            assertEquals(24, MPEGParser.skipId3(source, 0));
            assertEquals(24, MPEGParser.skipId3(source, 12));
            assertEquals(1, MPEGParser.skipId3(source, 1));
        }
        try (FileSource source = FileSource.of(empty, "")) {
            // A size of 0 does not count as a tag.
            assertEquals(0, MPEGParser.skipId3(source, 0));
        }
    }
}
