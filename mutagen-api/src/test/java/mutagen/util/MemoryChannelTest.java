// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import org.junit.jupiter.api.Test;

class MemoryChannelTest {

    @Test
    void testReadOnly() throws IOException {
        byte[] data = {1, 2, 3, 4, 5};
        MemoryChannel ch = MemoryChannel.readOnly(data);
        assertEquals(5, ch.size());
        ByteBuffer buf = ByteBuffer.allocate(3);
        assertEquals(3, ch.read(buf));
        assertEquals(3, ch.position());
        assertArrayEquals(new byte[] {1, 2, 3}, buf.array());
        buf.clear();
        assertEquals(2, ch.read(buf));
        buf.clear();
        assertEquals(-1, ch.read(buf));
        assertEquals(0, ch.read(ByteBuffer.allocate(0)));
        ch.position(100);
        assertEquals(-1, ch.read(ByteBuffer.allocate(1)));
        assertThrows(NonWritableChannelException.class, () -> ch.write(ByteBuffer.allocate(1)));
        assertThrows(NonWritableChannelException.class, () -> ch.truncate(0));
        assertThrows(IllegalArgumentException.class, () -> ch.position(-1));
        assertArrayEquals(data, ch.toByteArray());
    }

    @Test
    void testWritableGrowsAndZeroFillsGaps() throws IOException {
        byte[] initial = {1, 2};
        MemoryChannel ch = MemoryChannel.writable(initial);
        ch.position(4);
        assertEquals(2, ch.write(ByteBuffer.wrap(new byte[] {7, 8})));
        assertEquals(6, ch.size());
        assertArrayEquals(new byte[] {1, 2, 0, 0, 7, 8}, ch.toByteArray());
        // The caller's array was copied.
        assertArrayEquals(new byte[] {1, 2}, initial);
        ch.position(1);
        ch.write(ByteBuffer.wrap(new byte[] {9}));
        assertArrayEquals(new byte[] {1, 9, 0, 0, 7, 8}, ch.toByteArray());
    }

    @Test
    void testTruncateThenWriteLeavesNoStaleBytes() throws IOException {
        MemoryChannel ch = MemoryChannel.writable(new byte[] {1, 2, 3, 4, 5});
        ch.position(5);
        assertSame(ch, ch.truncate(2));
        assertEquals(2, ch.position());
        assertEquals(2, ch.size());
        ch.truncate(10);
        assertEquals(2, ch.size());
        ch.position(4).write(ByteBuffer.wrap(new byte[] {6}));
        assertArrayEquals(new byte[] {1, 2, 0, 0, 6}, ch.toByteArray());
        assertThrows(IllegalArgumentException.class, () -> ch.truncate(-1));
    }

    @Test
    void testClosed() throws IOException {
        MemoryChannel ch = MemoryChannel.writable(new byte[0]);
        assertTrue(ch.isOpen());
        ch.close();
        assertFalse(ch.isOpen());
        assertThrows(ClosedChannelException.class, () -> ch.read(ByteBuffer.allocate(1)));
        assertThrows(ClosedChannelException.class, () -> ch.write(ByteBuffer.allocate(1)));
        assertThrows(ClosedChannelException.class, ch::size);
        assertThrows(ClosedChannelException.class, ch::position);
        assertThrows(ClosedChannelException.class, () -> ch.position(0));
        assertThrows(ClosedChannelException.class, () -> ch.truncate(0));
    }

    @Test
    void testTooLargeIsAnIOException() throws IOException {
        MemoryChannel ch = MemoryChannel.writable(new byte[0]);
        ch.position(Integer.MAX_VALUE);
        assertThrows(IOException.class, () -> ch.write(ByteBuffer.wrap(new byte[1])));
        assertEquals(0, ch.size());
    }
}
