// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_tools_moggsplit.py::TMOggSPlit
class MoggsplitTest {
    @TempDir
    Path dir;

    private static ToolRun call(String... args) {
        return ToolRun.of(Moggsplit::run, (Object[]) args);
    }

    // Port of tests/test_tools_moggsplit.py::TMOggSPlit.test_basic
    @Test
    void testBasic() throws IOException {
        Path file = dir.resolve("chained.ogg");
        byte[] first = Files.readAllBytes(TestFiles.corpus("multipagecomment.ogg"));
        byte[] second = Files.readAllBytes(TestFiles.corpus("multipage-setup.ogg"));
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        Files.write(file, both);
        assertEquals(new ToolRun(0, "", ""), call("--pattern", dir.resolve("%(stream)d.%(ext)s").toString(), file.toString()));
        // each stream's pages rewritten unchanged: the two original files again
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("1002429366.ogg")));
        assertArrayEquals(second, Files.readAllBytes(dir.resolve("1806412655.ogg")));
    }

    @Test
    void noFilesPrintsHelpAndExitsOne() {
        ToolRun r = call();
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith("Usage: moggsplit [options] filename.ogg ...\n"));
    }

    @Test
    void pythonPercentFormatting() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("ext", "ogg");
        values.put("base", "b");
        values.put("stream", 255L);
        assertEquals("b-255.ogg", PyFormat.format("%(base)s-%(stream)d.%(ext)s", values));
        assertEquals("000000ff|  +255|0xff|og|%", PyFormat.format("%(stream)08x|%(stream)+6d|%(stream)#x|%(ext).2s|%%",
                values));
        assertEquals("{'ext': 'ogg', 'base': 'b', 'stream': 255}", PyFormat.format("%s", values));
    }
}
