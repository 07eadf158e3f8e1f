// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

// Port of tests/test_tools_mutagen_pony.py::TMutagenPony
class MutagenPonyTest {
    private static String[] call(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = MutagenPony.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8)};
    }

    // Port of tests/test_tools_mutagen_pony.py::TMutagenPony.test_basic
    @Test
    void testBasic() {
        String base = TestFiles.corpusDir().toString();
        String[] r = call(base);
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("Report for " + base), r[1]);
    }

    @Test
    void usageAndEmptyFolders() {
        assertEquals("Usage: mutagen-pony directory ...\n", call()[1]);
        assertEquals("Scanning missing\n-- Report for missing --\nNo MP3 files found.\n\n", call("missing")[1]);
    }
}
