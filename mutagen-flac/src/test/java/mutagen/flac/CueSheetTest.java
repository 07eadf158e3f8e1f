// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TCueSheet
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CueSheetTest {
    private CueSheet cs;

    @BeforeEach
    void setUp() throws Exception {
        cs = new FLAC(TestFiles.corpus("silence-44-s.flac")).cuesheet();
    }

    @Test
    void testCuesheet() {
        assertArrayEquals(FlacTestSupport.latin1("1234567890123"), cs.mediaCatalogNumber());
        assertEquals(88200, cs.leadInSamples());
        assertTrue(cs.compactDisc());
        assertEquals(4, cs.tracks().size());
    }

    @Test
    void testFirstTrack() {
        CueSheetTrack t = cs.tracks().get(0);
        assertEquals(1, t.trackNumber());
        assertEquals(0, t.startOffset());
        assertArrayEquals(FlacTestSupport.latin1("123456789012"), t.isrc());
        assertEquals(0, t.type());
        assertFalse(t.preEmphasis());
        assertEquals(List.of(new CueSheetTrackIndex(1, 0)), t.indexes());
    }

    @Test
    void testSecondTrack() {
        CueSheetTrack t = cs.tracks().get(1);
        assertEquals(2, t.trackNumber());
        assertEquals(44100, t.startOffset());
        assertArrayEquals(new byte[0], t.isrc());
        assertEquals(1, t.type());
        assertTrue(t.preEmphasis());
        assertEquals(List.of(new CueSheetTrackIndex(1, 0), new CueSheetTrackIndex(2, 588)), t.indexes());
    }

    @Test
    void testLeadOut() {
        CueSheetTrack t = cs.tracks().get(cs.tracks().size() - 1);
        assertEquals(170, t.trackNumber());
        assertEquals(162496, t.startOffset());
        assertArrayEquals(new byte[0], t.isrc());
        assertEquals(0, t.type());
        assertFalse(t.preEmphasis());
        assertEquals(List.of(), t.indexes());
    }

    @Test
    void testTrackEq() {
        CueSheetTrack track = cs.tracks().get(cs.tracks().size() - 1);
        assertEquals(track, track);
        assertEquals(track.hashCode(), track.hashCode());
        assertNotEquals(track, 42);
    }

    @Test
    void testEq() {
        assertEquals(cs, cs);
    }

    @Test
    void testNeq() {
        assertNotEquals(cs, 12);
    }

    @Test
    void testRepr() {
        assertEquals("<CueSheet media_catalog_number=b'1234567890123', lead_in=88200, compact_disc=True, "
                + "tracks=[<CueSheetTrack number=1, offset=0, isrc=b'123456789012', type=0, pre_emphasis=False, "
                + "indexes=[(1, 0)])>, <CueSheetTrack number=2, offset=44100, isrc=b'', type=1, pre_emphasis=True, "
                + "indexes=[(1, 0), (2, 588)])>, <CueSheetTrack number=3, offset=88200, isrc=b'', type=0, "
                + "pre_emphasis=False, indexes=[(1, 0)])>, <CueSheetTrack number=170, offset=162496, isrc=b'', "
                + "type=0, pre_emphasis=False, indexes=[])>]>", cs.toString());
    }

    @Test
    void testRoundtrip() throws FLACError {
        assertEquals(cs, new CueSheet(cs.write()));
    }

    // Not from mutagen's suite: only trailing NULs are stripped from the text fields, whatever else they hold.
    @Test
    void textFieldsLoseTrailingNulsOnly() throws FLACError {
        byte[][] catalogs = {{}, {0, 'a'}, {'a', 0, 'b'}, {1}, new byte[128]};
        java.util.Arrays.fill(catalogs[4], (byte) 'x');
        catalogs[4][0] = 0;
        for (byte[] catalog : catalogs) {
            CueSheet c = new CueSheet();
            c.mediaCatalogNumber(catalog);
            c.tracks().add(new CueSheetTrack(1, 0, new byte[] {'I', 0, 'S'}, 0, false));
            CueSheet read = new CueSheet(c.write());
            assertArrayEquals(catalog, read.mediaCatalogNumber());
            assertArrayEquals(new byte[] {'I', 0, 'S'}, read.tracks().get(0).isrc());
        }
        CueSheet nul = new CueSheet();
        nul.mediaCatalogNumber(new byte[] {'a', 0, 0});
        assertArrayEquals(new byte[] {'a'}, new CueSheet(nul.write()).mediaCatalogNumber());
    }

    @Test
    void truncatedTrack() {
        byte[] data = java.util.Arrays.copyOf(cs.write(), 396 + 20);
        FLACError e = assertThrows(FLACError.class, () -> new CueSheet(data));
        assertEquals("file said 36 bytes, read 20 bytes", e.getMessage());
    }

    @Test
    void tooManyTracks() {
        CueSheet c = new CueSheet();
        for (int i = 0; i < 256; i++) {
            c.tracks().add(new CueSheetTrack(1, 0));
        }
        assertThrows(IllegalArgumentException.class, c::write);
    }
}
