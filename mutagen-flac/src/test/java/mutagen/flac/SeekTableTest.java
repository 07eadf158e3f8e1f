// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TSeekTable
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeekTableTest {
    private SeekTable st;

    @BeforeEach
    void setUp() throws Exception {
        st = new FLAC(TestFiles.corpus("silence-44-s.flac")).seektable();
    }

    @Test
    void testSeektable() {
        assertEquals(List.of(
                new SeekPoint(0, 0, 4608),
                new SeekPoint(41472, 11852, 4608),
                new SeekPoint(50688, 14484, 4608),
                new SeekPoint(87552, 25022, 4608),
                new SeekPoint(105984, 30284, 4608),
                new SeekPoint(0xFFFFFFFFFFFFFFFFL, 0, 0)), st.seekpoints());
    }

    @Test
    void testEq() {
        assertEquals(st, st);
    }

    @Test
    void testNeq() {
        assertNotEquals(st, 12);
    }

    @Test
    void testRepr() {
        assertEquals("<SeekTable seekpoints=[(0, 0, 4608), (41472, 11852, 4608), (50688, 14484, 4608), "
                + "(87552, 25022, 4608), (105984, 30284, 4608), (18446744073709551615, 0, 0)]>", st.toString());
    }

    @Test
    void testRoundtrip() {
        assertEquals(st, new SeekTable(st.write()));
    }

    @Test
    void trailingPartialPointIgnored() {
        byte[] data = java.util.Arrays.copyOf(st.write(), 18 * 2 + 17);
        assertEquals(st.seekpoints().subList(0, 2), new SeekTable(data).seekpoints());
    }
}
