// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

// Port of tests/test_tools_mutagen_pony.py::TMutagenPony
class MutagenPonyTest {
    private static ToolRun call(String... args) {
        return ToolRun.of(MutagenPony::run, (Object[]) args);
    }

    // Port of tests/test_tools_mutagen_pony.py::TMutagenPony.test_basic
    @Test
    void testBasic() {
        String base = TestFiles.corpusDir().toString();
        ToolRun r = call(base);
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Report for " + base), r.out());
    }

    @Test
    void usageAndEmptyFolders() {
        assertEquals("Usage: mutagen-pony directory ...\n", call().out());
        assertEquals("Scanning missing\n-- Report for missing --\nNo MP3 files found.\n\n", call("missing").out());
    }
}
