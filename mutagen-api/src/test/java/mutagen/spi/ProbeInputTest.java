// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes in memory are probed in place; a file is read: both answer alike, at every size around the limits. */
class ProbeInputTest {
    private static final byte[] PART = Bytes.ascii("WAVE");

    @Test
    void memoryAndFileAnswerAlike(@TempDir Path dir) throws IOException {
        for (int size : new int[] {0, 3, 11, 12, 127, 128, 129, 159, 160, 161, 400}) {
            byte[] data = new byte[size];
            for (int i = 0; i < size; i++) {
                data[i] = (byte) ('A' + i % 26);
            }
            if (size >= 12) {
                System.arraycopy(PART, 0, data, 8, 4);
            }
            Path path = dir.resolve("f" + size);
            Files.write(path, data);
            byte[] copy = data.clone();
            try (FileSource file = FileSource.open(path)) {
                ProbeInput a = ProbeInput.of(FileSource.of(data, "x"));
                ProbeInput b = ProbeInput.of(file);
                byte[] header = Arrays.copyOf(data, Math.min(size, ProbeInput.HEADER_SIZE));
                assertArrayEquals(header, a.header());
                assertArrayEquals(header, b.header());
                assertEquals(size >= 12, a.headerMatchesAt(8, PART), "size " + size);
                assertEquals(size >= 12, b.headerMatchesAt(8, PART), "size " + size);
                assertEquals(false, a.headerMatchesAt(-1, PART));
                assertEquals(size >= 12, a.headerContains(PART));
                assertEquals(b.headerContains(Bytes.ascii("XYZ")), a.headerContains(Bytes.ascii("XYZ")));
                for (int n : new int[] {1, 10, 160, 500}) {
                    byte[] tail = Arrays.copyOfRange(data, Math.max(0, size - n), size);
                    assertArrayEquals(tail, a.tail(n), "size " + size + " n " + n);
                    assertArrayEquals(tail, b.tail(n), "size " + size + " n " + n);
                    byte[] last = size > 0 ? new byte[] {data[size - 1]} : new byte[] {1};
                    assertEquals(size > 0, a.tailContains(n, last));
                    assertEquals(size > 0, b.tailContains(n, last));
                }
                // A byte before the last n is not in the last n.
                if (size >= 12) {
                    assertEquals(false, a.tailContains(1, PART));
                }
                if (size > 0) {
                    a.header()[0] = 'z';
                }
                assertArrayEquals(copy, data, "the caller's bytes are not changed");
            }
        }
    }
}
