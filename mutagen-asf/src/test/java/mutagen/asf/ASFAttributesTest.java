// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

// Port of tests/test_asf.py::TASFAttributes
class ASFAttributesTest {

    private static byte[] b(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void testASFUnicodeAttribute() throws ASFError {
        assertThrows(IllegalArgumentException.class, () -> ASFValue.of(b("\u00ff"), ASFValue.UNICODE));
        ASFError e = assertThrows(ASFError.class, () -> ASFValue.parse(0, b("\0"), true, null, null));
        assertEquals("'utf-16-le' codec can't decode byte 0x00 in position 0: truncated data", e.getMessage());
        assertEquals("foo", new ASFUnicodeAttribute("foo").value());
        assertEquals("", ASFValue.parse(0, new byte[0], true, null, null).value());
    }

    @Test
    void testASFUnicodeAttributeDunder() throws ASFError {
        ASFUnicodeAttribute attr = new ASFUnicodeAttribute("foo");
        assertArrayEquals(b("f\0o\0o\0"), attr.bytes());
        assertEquals("foo", attr.toString());
        assertEquals("ASFUnicodeAttribute('foo')", attr.repr());
    }

    @Test
    void testASFByteArrayAttribute() throws ASFError {
        assertThrows(IllegalArgumentException.class, () -> ASFValue.of("foo", ASFValue.BYTEARRAY));
        assertArrayEquals(b("\u00ff"), (byte[]) ASFValue.parse(1, b("\u00ff"), true, null, null).value());
    }

    @Test
    void testASFByteArrayAttributeDunder() {
        ASFByteArrayAttribute attr = new ASFByteArrayAttribute(b("\u00ff"));
        assertArrayEquals(b("\u00ff"), attr.bytes());
        assertEquals("[binary data (1 bytes)]", attr.toString());
        assertEquals("ASFByteArrayAttribute(b'\\xff')", attr.repr());
    }

    @Test
    void testASFByteArrayAttributeCompat() {
        ASFByteArrayAttribute ba = new ASFByteArrayAttribute(b("\u00ff"));
        assertArrayEquals(b("\u00ff"), ba.renderValue());
    }

    @Test
    void testASFGUIDAttribute() throws ASFError {
        assertArrayEquals(b("\u00ff"), (byte[]) ASFValue.parse(6, b("\u00ff"), true, null, null).value());
        assertThrows(IllegalArgumentException.class, () -> ASFValue.of("foo", ASFValue.GUID));
    }

    @Test
    void testASFGUIDAttributeDunder() {
        ASFGUIDAttribute attr = new ASFGUIDAttribute(b("\u00ff"));
        assertArrayEquals(b("\u00ff"), attr.bytes());
        assertEquals("b'\\xff'", attr.toString());
        assertEquals("ASFGUIDAttribute(b'\\xff')", attr.repr());
    }

    @Test
    void testASFBoolAttribute() throws ASFError {
        assertEquals(true, ASFValue.parse(2, b("\1\0\0\0"), true, null, null).value());
        assertEquals(false, ASFValue.parse(2, b("\0\0\0\0"), true, null, null).value());
        assertEquals(false, new ASFBoolAttribute(false).value());
    }

    @Test
    void testASFBoolAttributeDunder() {
        ASFBoolAttribute attr = new ASFBoolAttribute(false);
        assertArrayEquals(b("False"), attr.bytes());
        assertEquals("False", attr.toString());
        assertEquals("ASFBoolAttribute(False)", attr.repr());
    }

    @Test
    void testASFWordAttribute() throws ASFError {
        assertEquals(0L, ASFValue.parse(5, new byte[2], true, null, null).value());
        assertEquals(65535L, ASFValue.parse(5, b("\u00ff\u00ff"), true, null, null).value());
        assertThrows(IllegalArgumentException.class, () -> new ASFWordAttribute(-1));
        assertThrows(IllegalArgumentException.class, () -> new ASFWordAttribute(1 << 16));
    }

    @Test
    void testASFWordAttributeDunder() throws ASFError {
        ASFWordAttribute attr = (ASFWordAttribute) ASFValue.parse(5, new byte[2], true, null, null);
        assertArrayEquals(b("0"), attr.bytes());
        assertEquals("0", attr.toString());
        assertEquals("ASFWordAttribute(0)", attr.repr());
        assertEquals(0, attr.longValue());
    }

    @Test
    void testASFDWordAttribute() throws ASFError {
        assertEquals(0L, ASFValue.parse(3, new byte[4], true, null, null).value());
        assertEquals(4294967295L, ASFValue.parse(3, b("\u00ff\u00ff\u00ff\u00ff"), true, null, null).value());
        assertThrows(IllegalArgumentException.class, () -> new ASFDWordAttribute(-1));
        assertThrows(IllegalArgumentException.class, () -> new ASFDWordAttribute(1L << 32));
    }

    @Test
    void testASFDWordAttributeDunder() throws ASFError {
        ASFDWordAttribute attr = (ASFDWordAttribute) ASFValue.parse(3, new byte[4], true, null, null);
        assertArrayEquals(b("0"), attr.bytes());
        assertEquals("0", attr.toString());
        assertEquals("ASFDWordAttribute(0)", attr.repr());
        assertEquals(0, attr.longValue());
    }

    @Test
    void testASFQWordAttribute() throws ASFError {
        assertEquals(0L, ASFValue.parse(4, new byte[8], true, null, null).value());
        byte[] ff = new byte[8];
        java.util.Arrays.fill(ff, (byte) 0xff);
        BigInteger max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        assertEquals(max, ASFValue.parse(4, ff, true, null, null).value());
        assertThrows(IllegalArgumentException.class, () -> new ASFQWordAttribute(-1));
        assertThrows(IllegalArgumentException.class, () -> new ASFQWordAttribute(max.add(BigInteger.ONE), null, null));
        assertEquals(max.toString(), ASFValue.of(max, ASFValue.QWORD).toString());
    }

    @Test
    void testASFQWordAttributeDunder() throws ASFError {
        ASFQWordAttribute attr = (ASFQWordAttribute) ASFValue.parse(4, new byte[8], true, null, null);
        assertArrayEquals(b("0"), attr.bytes());
        assertEquals("0", attr.toString());
        assertEquals("ASFQWordAttribute(0)", attr.repr());
        assertEquals(0, attr.longValue());
    }
}
