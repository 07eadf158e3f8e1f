// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.musepack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mutagen.apev2.APETextValue;
import mutagen.apev2.APEValue;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files we save still pass Musepack's own decoder: {@code mpcdec -c} (Debian's {@code musepack-tools}) finds no
 * stream error after text, unicode and a 5 MB binary item were added and after the tag was deleted, and the raw
 * decoded audio ({@code mpcdec -r}) is the same as before. Runs when mpcdec is installed; SV7 and SV8 files only
 * (libmpcdec reads no SV4/SV5). The fixtures are made by test-files/apev2/make_fixtures.sh.
 */
class MpcdecValidationTest {
    static final Path MPCDEC = Path.of("/usr/bin/mpcdec");

    @TempDir
    Path dir;

    record Run(int exit, byte[] out, String err) {
    }

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(MPCDEC.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.start();
        byte[] out = p.getInputStream().readAllBytes();
        int exit = p.waitFor();
        t.join();
        return new Run(exit, out, err.toString(StandardCharsets.UTF_8));
    }

    static void assertChecks(Path f) throws IOException, InterruptedException {
        Run r = run("-c", f.toString());
        assertEquals(0, r.exit(), "mpcdec -c " + f.getFileName() + ": " + r.err());
        assertTrue(r.err().contains("No error found"), r.err());
    }

    static byte[] rawAudio(Path f) throws IOException, InterruptedException {
        Run r = run("-r", f.toString(), "-");
        assertEquals(0, r.exit(), "mpcdec -r " + f.getFileName() + ": " + r.err());
        return r.out();
    }

    @ParameterizedTest
    @ValueSource(strings = {"apev2/mpc-q3.mpc", "apev2/mpc-q7-tagged.mpc", "apev2/mpc-mono-48k.mpc",
        "corpus:click.mpc", "corpus:sv8_header.mpc"})
    void testSavedFileDecodes(String name) throws Exception {
        assertTrue(Files.isExecutable(MPCDEC), "mpcdec not installed (bash .ci/run installs it)");
        Path src = name.startsWith("corpus:") ? TestFiles.corpus(name.substring(7)) : TestFiles.fixture(name);
        Path f = TestFiles.tempCopy(src, dir);
        assertChecks(f);
        byte[] audio = rawAudio(f);

        Musepack m = new Musepack(f);
        if (m.tags() == null) {
            m.addTags();
        }
        m.put("Title", "caf\u00e9 \u6f22\u5b57");
        m.put("Artist", List.of("a", "b"));
        m.put("Cover Art (Front)", APEValue.of(new byte[5 * 1024 * 1024], APEValue.BINARY));
        m.save();
        assertChecks(f);
        assertArrayEquals(audio, rawAudio(f));
        assertEquals("caf\u00e9 \u6f22\u5b57", ((APETextValue) new Musepack(f).tags().get("Title")).value());

        new Musepack(f).delete();
        assertChecks(f);
        assertArrayEquals(audio, rawAudio(f));
    }
}
