// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import mutagen.MutagenError;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;
import mutagen.util.MemoryChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultyChannelTest {

    private static byte[] data(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Test
    void testFailAfterCountsEveryOperation() throws IOException {
        FaultyChannel.Faults faults = FaultyChannel.Faults.failAfter(3);
        SeekableByteChannel ch = new FaultyChannel(MemoryChannel.writable(data(10)), faults);
        ch.size();
        ch.position(2);
        assertEquals(4, ch.read(ByteBuffer.allocate(4)));
        IOException e = assertThrows(IOException.class, ch::position);
        assertEquals(FaultyChannel.FAILURE_MESSAGE, e.getMessage());
        assertThrows(IOException.class, () -> ch.read(ByteBuffer.allocate(1)));
        assertThrows(IOException.class, () -> ch.write(ByteBuffer.allocate(1)));
        assertThrows(IOException.class, () -> ch.truncate(1));
        assertThrows(IOException.class, () -> ch.position(0));
        assertThrows(IOException.class, ch::size);
        // Zero-length reads and writes never fail (mutagen probes file objects with read(0) and write(b"")).
        assertEquals(0, ch.read(ByteBuffer.allocate(0)));
        assertEquals(0, ch.write(ByteBuffer.allocate(0)));
        assertEquals(11, faults.operations());
        assertTrue(ch.isOpen());
        ch.close();
        assertTrue(!ch.isOpen());
    }

    @Test
    void testStopAfterEndsTheData() throws IOException {
        FaultyChannel.Faults faults = FaultyChannel.Faults.stopAfter(5);
        SeekableByteChannel ch = new FaultyChannel(MemoryChannel.readOnly(data(10)), faults);
        ByteBuffer buf = ByteBuffer.allocate(8);
        assertEquals(5, ch.read(buf));
        assertEquals(-1, ch.read(buf));
        assertEquals(5, faults.dataRead());
        assertEquals(10, ch.size(), "the size is not a lie, only the data is");
    }

    @Test
    void testShortReads() throws IOException {
        FaultyChannel.Faults faults = FaultyChannel.Faults.shortReads(3);
        SeekableByteChannel ch = new FaultyChannel(MemoryChannel.readOnly(data(10)), faults);
        ByteBuffer buf = ByteBuffer.allocate(10);
        assertEquals(3, ch.read(buf));
        assertEquals(3, buf.position());
        assertEquals(3, ch.read(buf));
        assertEquals(3, ch.read(buf));
        assertEquals(1, ch.read(buf));
        assertEquals(-1, ch.read(ByteBuffer.allocate(1)));
        assertArrayEquals(data(10), buf.array());
        assertThrows(IllegalArgumentException.class, () -> FaultyChannel.Faults.shortReads(0));
    }

    @Test
    void testNoneOnlyCounts() throws IOException {
        FaultyChannel.Faults faults = FaultyChannel.Faults.none();
        try (FileSource src = FileSource.of(new FaultyChannel(MemoryChannel.readOnly(data(300)), faults), "", false)) {
            assertEquals(300, src.read(0, 1000).length);
        }
        assertEquals(300, faults.dataRead());
        assertTrue(faults.operations() >= 2);
    }

    @Test
    void testFileSourceReadsThroughShortReads() throws IOException {
        try (FileSource src = FileSource.of(new FaultyChannel(MemoryChannel.readOnly(data(100)),
                FaultyChannel.Faults.shortReads(1)), "", false)) {
            assertArrayEquals(data(100), src.readExactly(0, 100, ErrorFactory.GENERIC));
        }
    }

    @Test
    void testFileSourceSeesEarlyEndAsTruncation() throws IOException {
        try (FileSource src = FileSource.of(new FaultyChannel(MemoryChannel.readOnly(data(100)),
                FaultyChannel.Faults.stopAfter(40)), "", false)) {
            assertEquals(40, src.read(0, 100).length);
            assertThrows(MutagenError.class, () -> src.readExactly(0, 100, ErrorFactory.GENERIC));
        }
    }

    @Test
    void testDecoratorCountsTheSavesOperations(@TempDir Path dir) throws IOException {
        Path p = Files.write(dir.resolve("x.bin"), data(200));
        FaultyChannel.Faults faults = FaultyChannel.Faults.none();
        try (FileSource src = FileSource.open(p, true, faults.decorator())) {
            src.insert(0, 10);
            src.write(0, new byte[] {1});
            long beforeCommit = faults.operations();
            src.commit();
            assertTrue(faults.operations() > beforeCommit, "the in-place moves and writes go through the decorator");
        }
        assertEquals(210, Files.size(p));
    }
}
