// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wavpack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * Files we save still pass WavPack's own verifier: {@code wvunpack -v} (Debian's {@code wavpack}) accepts each
 * file after text, unicode and a 5 MB binary item were added, and after the tag was deleted, and the decoded raw
 * audio ({@code wvunpack -r}) is the same as before. Runs when wvunpack is installed. The fixtures are made by
 * test-files/apev2/make_fixtures.sh.
 */
class WvunpackValidationTest {
    static final Path WVUNPACK = Path.of("/usr/bin/wvunpack");

    @TempDir
    Path dir;

    record Run(int exit, byte[] out, String err) {
    }

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(WVUNPACK.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t = new Thread(() -> copy(p.getErrorStream(), err));
        t.start();
        byte[] out = p.getInputStream().readAllBytes();
        int exit = p.waitFor();
        t.join();
        return new Run(exit, out, err.toString(StandardCharsets.UTF_8));
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertVerifies(Path f) throws IOException, InterruptedException {
        Run r = run("-q", "-v", f.toString());
        assertEquals(0, r.exit(), "wvunpack -v " + f.getFileName() + ": " + r.err());
    }

    static byte[] rawAudio(Path f) throws IOException, InterruptedException {
        Run r = run("-q", "-y", "-r", f.toString(), "-o", "-");
        assertEquals(0, r.exit(), "wvunpack -r " + f.getFileName() + ": " + r.err());
        return r.out();
    }

    @ParameterizedTest
    @ValueSource(strings = {"apev2/wv-default.wv", "apev2/wv-high.wv", "apev2/wv-fast-24bit-mono.wv",
        "apev2/wv-hybrid-256k.wv", "apev2/wv-8bit.wv", "apev2/wv-float.wv", "apev2/wv-tagged.wv",
        "corpus:silence-44-s.wv", "corpus:no_length.wv", "corpus:dsd.wv"})
    void testSavedFileVerifies(String name) throws Exception {
        assertTrue(Files.isExecutable(WVUNPACK), "wvunpack not installed (bash .ci/run installs it)");
        Path src = name.startsWith("corpus:") ? TestFiles.corpus(name.substring(7)) : TestFiles.fixture(name);
        Path f = TestFiles.tempCopy(src, dir);
        assertVerifies(f);
        byte[] audio = rawAudio(f);

        WavPack w = new WavPack(f);
        if (w.tags() == null) {
            w.addTags();
        }
        w.put("Title", "caf\u00e9 \u6f22\u5b57");
        w.put("Artist", List.of("a", "b"));
        w.put("Cover Art (Front)", APEValue.of(new byte[5 * 1024 * 1024], APEValue.BINARY));
        w.save();
        assertVerifies(f);
        assertArrayEquals(audio, rawAudio(f));
        assertEquals("caf\u00e9 \u6f22\u5b57", ((APETextValue) new WavPack(f).tags().get("Title")).value());

        new WavPack(f).delete();
        assertVerifies(f);
        assertArrayEquals(audio, rawAudio(f));
    }
}
