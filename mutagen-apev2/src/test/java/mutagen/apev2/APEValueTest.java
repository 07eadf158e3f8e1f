// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class APEValueTest {

    // Port of tests/test_apev2.py::TAPEBinaryValue
    @Nested
    class BinaryValue {
        final byte[] sample = {0x12, 0x45, (byte) 0xde};
        APEValue value;

        @BeforeEach
        void setUp() {
            value = APEValue.of(sample, APEValue.BINARY);
        }

        @Test
        void testType() {
            assertInstanceOf(APEBinaryValue.class, value);
        }

        @Test
        void testConst() {
            assertArrayEquals(sample, ((APEBinaryValue) value).value());
        }

        @Test
        void testRepr() {
            assertEquals("APEBinaryValue(b'\\x12E\\xde', 1)", value.toString());
        }

        @Test
        void testPprint() {
            assertEquals("[3 bytes]", value.pprint());
        }

        @Test
        void testType2() {
            assertThrows(IllegalArgumentException.class, () -> APEValue.of("abc", APEValue.BINARY));
        }
    }

    // Port of tests/test_apev2.py::TAPETextValue
    @Nested
    class TextValue {
        List<String> sample;
        APETextValue value;

        @BeforeEach
        void setUp() {
            sample = new ArrayList<>(List.of("foo", "bar", "baz"));
            value = (APETextValue) APEValue.of(String.join("\0", sample), APEValue.TEXT);
        }

        @Test
        void testParse() {
            assertThrows(APEBadItemError.class, () -> APEValue.parse(new byte[] {(byte) 0xff}, APEValue.TEXT));
        }

        @Test
        void testType() {
            assertInstanceOf(APETextValue.class, value);
        }

        @Test
        void testConstruct() {
            assertEquals("foo", new APETextValue("foo").value());
        }

        @Test
        void testList() {
            assertEquals(sample, value.parts());
            List<String> iterated = new ArrayList<>();
            value.forEach(iterated::add);
            assertEquals(sample, iterated);
        }

        @Test
        void testSetitemList() {
            value.set(2, "quux");
            sample.set(2, "quux");
            testList();
            testGetitem();
        }

        @Test
        void testGetitem() {
            for (int i = 0; i < value.size(); i++) {
                assertEquals(sample.get(i), value.get(i));
            }
            assertEquals("baz".equals(sample.get(2)) ? "baz" : sample.get(2), value.get(-1));
        }

        /** mutagen's test deletes from its plain list; here from the value itself. */
        @Test
        void testDelitem() {
            value.remove(1);
            assertEquals(List.of("foo", "baz"), value.parts());
            value.remove(1);
            assertEquals(List.of("foo"), value.parts());
        }

        @Test
        void testInsert() {
            value.insert(0, "a");
            assertEquals(4, value.size());
            assertEquals("a", value.get(0));
            assertThrows(IllegalArgumentException.class, () -> value.insert(2, null));
        }

        @Test
        void testTypes() {
            assertThrows(IllegalArgumentException.class, () -> value.set(2, null));
            assertThrows(IllegalArgumentException.class, () -> APEValue.of(new byte[] {'a'}, APEValue.TEXT));
        }

        @Test
        void testRepr() {
            assertEquals("APETextValue('foo\\x00bar\\x00baz', 0)", value.toString());
        }

        @Test
        void testStr() {
            assertEquals("foo\0bar\0baz", value.value());
        }

        @Test
        void testPprint() {
            assertEquals("foo / bar / baz", value.pprint());
        }
    }

    // Port of tests/test_apev2.py::TAPEExtValue
    @Nested
    class ExtValue {
        final String sample = "http://foo";
        APEValue value;

        @BeforeEach
        void setUp() {
            value = APEValue.of(sample, APEValue.EXTERNAL);
        }

        @Test
        void testType() {
            assertInstanceOf(APEExtValue.class, value);
        }

        @Test
        void testConst() {
            assertEquals(sample, value.value());
        }

        @Test
        void testRepr() {
            assertEquals("APEExtValue('http://foo', 2)", value.toString());
        }

        @Test
        void testPy3() {
            assertThrows(IllegalArgumentException.class, () -> APEValue.of(new byte[] {'a'}, APEValue.EXTERNAL));
        }

        @Test
        void testPprint() {
            assertEquals("[External] http://foo", value.pprint());
        }
    }
}
