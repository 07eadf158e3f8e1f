// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mutagen.id3.Encoding;
import mutagen.id3.Frame;
import mutagen.id3.Frames;
import mutagen.id3.ID3;
import mutagen.id3.ID3SaveOptions;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_tools_mid3cp.py::TMid3cp
class Mid3cpTest {
    @TempDir
    Path dir;
    private Path file;
    private Path blank;


    @BeforeEach
    void setUp() throws IOException {
        file = dir.resolve("tmpöäü.mp3");
        Files.copy(TestFiles.corpus("silence-44-s.mp3"), file);
        blank = Files.createFile(dir.resolve("blank.mp3"));
    }

    static ToolRun call(Object... args) {
        return ToolRun.of(Mid3cp::run, args);
    }

    private static Frame text(String id, String... values) {
        Frame f = Frames.create(id);
        f.set("encoding", Encoding.UTF16);
        f.set("text", List.of(values));
        return f;
    }

    @Test
    void testMerge() throws IOException {
        ID3 id3 = new ID3(file);
        id3.delete();
        id3.add(text("TALB", "foo"));
        id3.save(file, ID3SaveOptions.defaults().withV2Version(3));
        ID3 target = new ID3();
        target.add(text("TPE1", "bar", "quux"));
        target.save(blank, ID3SaveOptions.defaults().withV2Version(4));
        assertEquals(new ToolRun(0, "", ""), call(file, blank, "--merge"));
        ID3 result = new ID3(blank);
        assertEquals(List.of(2, 4, 0), result.version());
        assertEquals(List.of("foo"), result.getall("TALB").get(0).get("text"));
        assertEquals(List.of("bar", "quux"), result.getall("TPE1").get(0).get("text"));
    }

    @Test
    void testMergeDstNoTag() throws IOException {
        ID3 id3 = new ID3(file);
        id3.delete();
        id3.save(file, ID3SaveOptions.defaults().withV2Version(3));
        Files.write(blank, "SOMEDATA".getBytes(StandardCharsets.US_ASCII));
        assertEquals(new ToolRun(0, "", ""), call(file, blank, "--merge"));
        assertEquals(List.of(2, 3, 0), new ID3(blank).version());
    }

    @Test
    void testNoop() {
        ToolRun r = call();
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("Usage:"));
    }

    @Test
    void testSrcEqualDst() {
        assertEquals(0, call(file, file).code());
    }

    @Test
    void testCopy() throws IOException {
        assertEquals(0, call(file, blank).code());
        ID3 original = new ID3(file);
        ID3 copied = new ID3(blank);
        assertEquals(List.of(2, 3, 0), copied.version());
        // the v2.3 frame contains duplicate TPE1 frames which get merged when saving to v2.3 again
        Frame tpe1 = copied.get("TPE1");
        @SuppressWarnings("unchecked")
        List<String> t = (List<String>) tpe1.get("text");
        tpe1.set("text", List.of(t.get(0).split("/")));
        assertEquals(new java.util.TreeSet<>(original.keys()), new java.util.TreeSet<>(copied.keys()));
        for (String key : original.keys()) {
            assertEquals(original.get(key), copied.get(key), key);
        }
    }

    @Test
    void testIncludeId3v1() throws IOException {
        call("--write-v1", file, blank);
        byte[] data = Files.readAllBytes(blank);
        assertEquals("TAG", new String(data, data.length - 128, 3, StandardCharsets.ISO_8859_1));
    }

    @Test
    void testExcludeTagUnicode() {
        assertEquals(0, call("-x", "", file, blank).code());
    }

    @Test
    void testExcludeSingleTag() throws IOException {
        call("-x", "TLEN", file, blank);
        assertTrue(new ID3(file).containsKey("TLEN"));
        assertFalse(new ID3(blank).containsKey("TLEN"));
    }

    @Test
    void testExcludeMultipleTag() throws IOException {
        call("-x", "TLEN", "-x", "TCON", "-x", "TALB", file, blank);
        ID3 original = new ID3(file);
        ID3 copied = new ID3(blank);
        for (String key : List.of("TLEN", "TCON", "TALB")) {
            assertTrue(original.containsKey(key));
            assertFalse(copied.containsKey(key));
        }
    }

    @Test
    void testNoSrcHeader() throws IOException {
        Path blank2 = Files.createFile(dir.resolve("blank2.mp3"));
        assertTrue(call(blank, blank2).err().contains("No ID3 header found"));
    }

    @Test
    void testVerbose() {
        String err = call(file, "--verbose", blank).err();
        assertTrue(err.contains("mp3 contains:"));
        assertTrue(err.contains("Successfully saved"));
    }

    @Test
    void testQuiet() {
        assertEquals("", call(file, blank).out());
    }

    @Test
    void testExitStatus() {
        assertNotEquals(0, call(file).code());
        assertEquals(0, call(file, file).code());
        assertNotEquals(0, call(blank, file).code());
        assertNotEquals(0, call("", file).code());
        assertEquals(0, call(file, blank).code());
    }

    @Test
    void testV23V24() throws IOException {
        assertEquals(List.of(2, 3, 0), new ID3(file).version());
        call(file, blank);
        assertEquals(List.of(2, 3, 0), new ID3(blank).version());
        new ID3(file).save();
        call(file, blank);
        assertEquals(List.of(2, 4, 0), new ID3(blank).version());
    }
}
