// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TMetadataBlock
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataBlockTest {

    @Test
    void testEmpty() {
        assertArrayEquals(new byte[0], new RawBlock(99, new byte[0]).write());
    }

    @Test
    void testNotEmpty() {
        assertArrayEquals(FlacTestSupport.latin1("foobar"), new RawBlock(99, FlacTestSupport.latin1("foobar")).write());
    }

    @Test
    void testChange() {
        RawBlock b = new RawBlock(99, FlacTestSupport.latin1("foobar"));
        b.data(FlacTestSupport.latin1("quux"));
        assertArrayEquals(FlacTestSupport.latin1("quux"), b.write());
    }

    @Test
    void testWriteReadMaxSize() throws FLACError {
        int maxDataSize = (1 << 24) - 1;
        RawBlock block = new RawBlock(255, new byte[maxDataSize]);
        byte[] data = FLACWriter.writeBlock(block, false);
        assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}, Arrays.copyOf(data, 4));
        assertEquals(maxDataSize + 4, data.length);

        RawBlock tooBig = new RawBlock(255, new byte[maxDataSize + 1]);
        FLACError e = assertThrows(FLACError.class, () -> FLACWriter.writeBlock(tooBig, false));
        assertEquals("block is too long to write", e.getMessage());
    }

    @Test
    void testTooLarge() {
        Picture block = new Picture();
        block.data(new byte[0x1FFFFFF]);
        assertThrows(FLACError.class, () -> FLACWriter.writeBlocks(List.of(block), 0, 0, null));
    }

    @Test
    void testTooLargePadding() throws FLACError {
        Padding block = new Padding();
        assertEquals((1 << 24) - 1 + 4,
                FLACWriter.writeBlocks(List.of(block), 0, 0, info -> 1L << 24).toBytes().length);
    }

    // Beyond the Python suite.

    @Test
    void negativePaddingWritesNone() throws FLACError {
        byte[] out = FLACWriter.writeBlocks(List.of(), 0, 0, info -> -5).toBytes();
        assertArrayEquals(new byte[] {(byte) 0x81, 0, 0, 0}, out);
    }

    @Test
    void applicationKeepsId() {
        Application a = new Application(FlacTestSupport.latin1("abcdxyz"));
        assertEquals(2, a.code());
        assertArrayEquals(FlacTestSupport.latin1("abcd"), a.applicationId());
        assertArrayEquals(FlacTestSupport.latin1("abcdxyz"), a.data());
    }
}
