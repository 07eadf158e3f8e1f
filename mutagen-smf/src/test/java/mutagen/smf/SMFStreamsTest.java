// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.smf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mutagen.spi.ProbeInput;
import mutagen.testkit.TestFiles;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our MIDI fixtures and hostile files (lengths and error texts from mutagen 1.48.1), the score, no tag support. */
class SMFStreamsTest {
    private static double length(String fixture) throws IOException {
        return new SMF(TestFiles.fixture("streams/" + fixture)).info().length();
    }

    @Test
    void tempoMaps() throws IOException {
        assertEquals(38.0125, length("format0-tempo.mid"));
        assertEquals(15.2, length("format1-tempomap.mid"));
        assertEquals(10.9375, length("format1-default-tempo.midi"));
        assertEquals(11.7, length("tempo-ties.mid"));
    }

    private static byte[] header(int format, int tracks, int division) {
        return Bytes.concat(Bytes.ascii("MThd"), new byte[] {0, 0, 0, 6, 0, (byte) format, 0, (byte) tracks,
            (byte) (division >> 8), (byte) division});
    }

    private static byte[] track(int... body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Bytes.ascii("MTrk"));
        out.writeBytes(new byte[] {0, 0, 0, (byte) body.length});
        for (int b : body) {
            out.write(b);
        }
        return out.toByteArray();
    }

    private static String error(byte[]... parts) {
        byte[] data = Bytes.concat(parts);
        return assertThrows(SMFError.class, () -> new SMF(FileSource.of(data, "x.mid"))).getMessage();
    }

    @Test
    void headerErrorsAsMutagen() {
        assertEquals("truncated", error(new byte[0]));
        assertEquals("truncated", error(Bytes.ascii("MThd"), new byte[2]));
        assertEquals("Not a MIDI file", error(Bytes.ascii("RIFF"), new byte[] {0, 0, 0, 6}, new byte[6]));
        assertEquals("truncated", error(Bytes.ascii("MThd"), new byte[] {0, 0, 0, 7}, new byte[7]));
        assertEquals("Not supported format 2", error(header(2, 1, 96)));
        assertEquals("Not supported timing interval", error(header(1, 1, 0xE728)));
        assertEquals("truncated", error(header(0, 1, 96), Bytes.ascii("MTrk"), new byte[] {0, 0, 0, 0x10}));
    }

    @Test
    void trackErrorsAsMutagen() {
        assertEquals("Not enough data", error(header(0, 1, 96), track(0x80)));
        assertEquals("", error(header(0, 1, 96), track(0, 0xff, 0x51, 2, 7, 0xa1)));
        assertEquals("invalid event", error(header(0, 1, 96), track(0, 0xf4)));
    }

    @Test
    void pythonLevelFailuresKeepTheirText() {
        // IndexError, ZeroDivisionError and ValueError in mutagen: SMFError here, with Python's text
        assertEquals("bytearray index out of range", error(header(0, 1, 96), track(0)));
        assertEquals("bytearray index out of range", error(header(0, 1, 96), track(0, 0xff)));
        assertEquals("float division by zero", error(header(0, 1, 0), track(0, 0x90, 0x40, 0x40)));
        assertEquals("max() arg is an empty sequence", error(header(1, 0, 96)));
        assertEquals("max() arg is an empty sequence", error(header(0, 1, 96), Bytes.ascii("XXXX"), new byte[4]));
    }

    @Test
    void aTempoWithMoreThanThreeDeclaredBytesButThreeLeftCounts() throws IOException {
        byte[] data = Bytes.concat(header(0, 1, 96), track(0, 0xff, 0x51, 5, 7, 0xa1, 0x20));
        assertEquals(0.0, new SMF(FileSource.of(data, "x.mid")).info().length());
    }

    @Test
    void scoreTable() throws IOException {
        byte[] mthd = Bytes.ascii("MThd");
        assertEquals(1, score("a.mid", mthd));
        assertEquals(1, score("a.MIDI", mthd));
        assertEquals(0, score("a.kar", mthd));
        assertEquals(0, score("a.mid", Bytes.ascii("RIFF")));
    }

    private static int score(String name, byte[] header) throws IOException {
        try (FileSource src = FileSource.of(header, name)) {
            return new SMFProvider().score(ProbeInput.of(src));
        }
    }

    @Test
    void noTagsAndSavingChangesNothing(@TempDir Path dir) throws IOException {
        Path copy = TestFiles.tempCopy(TestFiles.corpus("sample.mid"), dir);
        byte[] before = Files.readAllBytes(copy);
        SMF f = new SMF(copy);
        assertNull(f.tags());
        assertEquals("doesn't support tags", assertThrows(SMFError.class, f::addTags).getMessage());
        f.save();
        f.delete();
        assertArrayEquals(before, Files.readAllBytes(copy));
    }
}
