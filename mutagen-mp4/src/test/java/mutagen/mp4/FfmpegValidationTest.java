// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Saves that move data (a cover and a 300 KB freeform value grow moov; delete shrinks it), then Debian's ffmpeg: no decoding error in the audio stream and
 * the decoded PCM's MD5 unchanged. Runs when ffmpeg is installed.
 */
class FfmpegValidationTest {
    @TempDir
    Path dir;

    static boolean haveFfmpeg() {
        return Files.isExecutable(Path.of("/usr/bin/ffmpeg"));
    }

    static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/ffmpeg", "-hide_banner", "-nostdin"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static String pcmHash(Path f) throws IOException, InterruptedException {
        return run("-v", "error", "-i", f.toString(), "-map", "0:a", "-f", "md5", "-").trim();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aac-moov-last.m4a", "aac-faststart.m4a", "alac-faststart.m4a", "ac3.mp4",
        "aac-fragmented.m4a"})
    void testSaveKeepsAudio(String name) throws Exception {
        assertTrue(haveFfmpeg(), "ffmpeg not installed (bash .ci/run installs it)");
        Path f = TestFiles.tempCopy(TestFiles.fixture("mp4/" + name), dir);
        String before = pcmHash(f);
        MP4 m = new MP4(f);
        m.put("\u00a9nam", List.of("title"));
        m.put("covr", List.of(new MP4Cover(Files.readAllBytes(TestFiles.fixture("mp4/cover.png")), MP4Cover.FORMAT_PNG)));
        m.put("----:com.apple.iTunes:big", List.of(new MP4FreeForm(new byte[300_000], AtomDataType.IMPLICIT)));
        m.put("----:com.apple.iTunes:X", List.of(new MP4FreeForm("a".getBytes(StandardCharsets.UTF_8)),
                new MP4FreeForm("b".getBytes(StandardCharsets.UTF_8))));
        m.save();
        assertEquals("", run("-v", "error", "-i", f.toString(), "-map", "0:a", "-f", "null", "-").trim());
        assertEquals(before, pcmHash(f));
        assertEquals(1, ((List<?>) new MP4(f).get("covr")).size());
        new MP4(f).delete();
        assertEquals("", run("-v", "error", "-i", f.toString(), "-map", "0:a", "-f", "null", "-").trim());
        assertEquals(before, pcmHash(f));
    }
}
