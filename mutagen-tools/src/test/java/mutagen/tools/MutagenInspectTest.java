// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The option handling and error texts of mutagen-inspect, as mutagen 1.48.1's tool prints them. */
// Port of tests/test_tools_mutagen_inspect.py::TMutagenInspect
class MutagenInspectTest {


    private static ToolRun run(String... args) {
        return ToolRun.of(MutagenInspect::run, (Object[]) args);
    }

    @Test
    void noArgumentsPrintsHelpAndExitsOne() {
        ToolRun r = run();
        assertEquals(1, r.code());
        assertEquals(MutagenInspect.HELP, r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, run("-h").code());
        ToolRun r = run("--he");
        assertEquals(0, r.code());
        assertEquals("Usage: mutagen-inspect [options] FILE [FILE...]\n\nOptions:\n"
                + "  -h, --help           show this help message and exit\n"
                + "  --no-flac=NO_FLAC    Compatibility; does nothing.\n"
                + "  --no-mp3=NO_MP3      Compatibility; does nothing.\n"
                + "  --no-apev2=NO_APEV2  Compatibility; does nothing.\n", r.out());
    }

    @Test
    void badOptionsExitTwo() {
        ToolRun r = run("--bogus", "x");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("Usage: mutagen-inspect [options] FILE [FILE...]\n\n"
                + "mutagen-inspect: error: no such option: --bogus\n", r.err());
        assertEquals("Usage: mutagen-inspect [options] FILE [FILE...]\n\n"
                + "mutagen-inspect: error: no such option: -x\n", run("-x").err());
        assertEquals("Usage: mutagen-inspect [options] FILE [FILE...]\n\n"
                + "mutagen-inspect: error: --no-flac option requires 1 argument\n", run("--no-flac").err());
        assertEquals("Usage: mutagen-inspect [options] FILE [FILE...]\n\nmutagen-inspect: error: ambiguous option:"
                + " --no (--no-apev2, --no-flac, --no-mp3?)\n", run("--no").err());
        assertEquals("Usage: mutagen-inspect [options] FILE [FILE...]\n\n"
                + "mutagen-inspect: error: --help option does not take a value\n", run("--help=3").err());
    }

    @Test
    void compatibilityOptionsTakeAValueAndAreIgnored(@TempDir Path dir) {
        String missing = dir.resolve("missing.mp3").toString();
        ToolRun r = run("--no-flac", "1", missing, "--no-mp3=x", "--", "-y");
        assertEquals(0, r.code());
        assertEquals("-- " + missing + "\n[Errno 2] No such file or directory: '" + missing + "'\n\n"
                + "-- -y\n[Errno 2] No such file or directory: '-y'\n\n", r.out());
    }

    @Test
    void errorTexts(@TempDir Path dir) {
        assertEquals("-- \n[Errno 2] No such file or directory: ''\n\n", run("").out());
        assertEquals("-- " + dir + "\n[Errno 21] Is a directory: '" + dir + "'\n\n", run(dir.toString()).out());
        assertEquals("-- it's\n[Errno 2] No such file or directory: \"it's\"\n\n", run("it's").out());
    }

    @Test
    void unknownFileType() {
        String jpg = TestFiles.corpus("image.jpg").toString();
        assertEquals("-- " + jpg + "\n- Unknown file type\n\n", run(jpg).out());
    }

    // Port of tests/test_tools_mutagen_inspect.py::TMutagenInspect.test_basic
    // (over the corpus files empty* and silence-*, less those whose format has no module in this reactor yet:
    // AAC, Ogg FLAC, TrueAudio, ASF/WMA, AC-3 and TAK, which mutagen-inspect reports as "Unknown file type")
    @Test
    void testBasic() throws java.io.IOException {
        java.util.Set<String> notPorted = java.util.Set.of("aac", "oggflac", "tta", "wma", "ac3", "eac3", "tak");
        int checked = 0;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(TestFiles.corpusDir())) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = p.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1);
                if (!(name.startsWith("empty") || name.startsWith("silence-")) || notPorted.contains(ext)) {
                    continue;
                }
                ToolRun r = run(p.toString());
                assertEquals(0, r.code(), name);
                org.junit.jupiter.api.Assertions.assertFalse(r.out().isBlank(), name);
                org.junit.jupiter.api.Assertions.assertFalse(r.out().contains("Unknown file type"), name);
                org.junit.jupiter.api.Assertions.assertFalse(r.out().contains("Errno"), name);
                checked++;
            }
        }
        assertEquals(16, checked);
    }
}
