// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Port of tests/test_flac.py::TFLAC (the case that calls the reference decoder): a FLAC with a large comment saved
 * by us passes {@code flac -t}. The build's set-up (.ci/run) installs the flac tool, so it is required here.
 */
class FLACRealToolTest {

    @Test
    void testWithRealFlac(@TempDir Path dir) throws IOException, InterruptedException {
        Path path = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.flac"), dir);
        FLAC flac = new FLAC(path);
        flac.put("faketag", List.of("foobar".repeat(1000)));
        flac.save();
        Process p = new ProcessBuilder("flac", "-s", "-t", path.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), "flac -t: " + output);
        assertEquals(List.of("foobar".repeat(1000)), new FLAC(path).get("faketag"));
    }
}
