// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mutagen.id3.Encoding;
import mutagen.id3.Frame;
import mutagen.id3.Frames;
import mutagen.id3.ID3;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_tools_mid3iconv.py::TMid3Iconv
class Mid3iconvTest {
    private static final byte[] AMBIGUOUS = {(byte) 0xc3, (byte) 0xae, (byte) 0xc3, (byte) 0xa5, (byte) 0xc3,
        (byte) 0xb4, (byte) 0xc3, (byte) 0xb2, ' ', (byte) 0xc3, (byte) 0xa0, (byte) 0xc3, (byte) 0xa9, (byte) 0xc3,
        (byte) 0xa7, (byte) 0xc3, (byte) 0xa5, (byte) 0xc3, (byte) 0xa3, ' ', (byte) 0xc3, (byte) 0xb9, (byte) 0xc3,
        (byte) 0xac, ' ', (byte) 0xc3, (byte) 0xab, (byte) 0xc3, (byte) 0xa5, (byte) 0xc3, (byte) 0xa5, (byte) 0xc3,
        (byte) 0xb8, (byte) 0xc3, (byte) 0xba};
    private static final List<String> CODECS = List.of("utf8", "latin-1", "Windows-1255", "gbk");

    @TempDir
    Path dir;
    private Path file;


    @BeforeEach
    void setUp() throws IOException {
        file = dir.resolve("silence.mp3");
        Files.copy(TestFiles.corpus("silence-44-s.mp3"), file);
    }

    static ToolRun call(String... args) {
        return ToolRun.of(Mid3iconv::run, (Object[]) args);
    }

    private static String decode(String codec) {
        return new String(AMBIGUOUS, PyCodecs.lookup(codec));
    }

    @Test
    void testNoop() {
        ToolRun r = call();
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage:"));
    }

    @Test
    void testDebug() {
        ToolRun r = call("-d", "-p", file.toString());
        assertEquals(0, r.code());
        assertFalse(r.out().contains("b'"));
        assertTrue(r.out().contains("TCON=Silence"));
    }

    @Test
    void testQuiet() {
        ToolRun quiet = call("-q", file.toString());
        assertEquals(0, quiet.code());
        assertEquals("", quiet.out());
    }

    @Test
    void testTestData() {
        Set<String> results = new HashSet<>();
        for (String codec : CODECS) {
            results.add(decode(codec));
        }
        assertEquals(CODECS.size(), results.size());
    }

    private void convert(String id, String hashKey) throws IOException {
        for (String codec : CODECS) {
            ID3 f = new ID3(file);
            Frame frame = Frames.create(id);
            if (id.equals("COMM")) {
                frame.set("desc", "");
                frame.set("lang", "eng");
            }
            frame.set("encoding", Encoding.LATIN1);
            frame.set("text", List.of(new String(AMBIGUOUS, StandardCharsets.ISO_8859_1)));
            f.add(frame);
            f.save();
            call("-d", "-e", codec, file.toString());
            Frame result = new ID3(file).get(hashKey);
            assertEquals(Encoding.UTF16, result.get("encoding"), codec);
            assertEquals(decode(codec), ((List<?>) result.get("text")).get(0), codec);
        }
    }

    @Test
    void testConvBasic() throws IOException {
        convert("TALB", "TALB");
    }

    @Test
    void testComm() throws IOException {
        convert("COMM", "COMM::eng");
    }

    @Test
    void testRemoveV1() throws IOException {
        call("--remove-v1", file.toString());
        byte[] data = Files.readAllBytes(file);
        assertNotEquals("TAG", new String(data, data.length - 128, 3, StandardCharsets.ISO_8859_1));
    }

    @Test
    void pythonCodecNames() {
        assertEquals(Charset.forName("windows-1251"), PyCodecs.lookup("cp1251"));
        assertEquals(StandardCharsets.ISO_8859_1, PyCodecs.lookup("Latin-1"));
        assertEquals(Charset.forName("ISO-8859-5"), PyCodecs.lookup("iso8859_5"));
        assertEquals(Charset.forName("KOI8-R"), PyCodecs.lookup("koi8_r"));
        assertEquals(null, PyCodecs.lookup("nonexistent"));
        assertEquals(null, Mid3iconv.reDecode("\u20ac", StandardCharsets.UTF_8));
    }
}
