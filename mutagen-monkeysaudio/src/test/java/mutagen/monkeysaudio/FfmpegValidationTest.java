// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.monkeysaudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Files we save still decode: Monkey's Audio (mac) is not packaged in Debian, so
 * Debian's ffmpeg decodes each file without an error, to the same PCM (MD5), after text, unicode and a 5 MB binary
 * item were added and after the tag was deleted. Runs when ffmpeg is installed.
 */
class FfmpegValidationTest {
    static final Path FFMPEG = Path.of("/usr/bin/ffmpeg");

    @TempDir
    Path dir;

    static String pcmHash(Path f) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(FFMPEG.toString(), "-hide_banner", "-nostdin", "-v", "error",
                "-i", f.toString(), "-map", "0:a", "-f", "md5", "-"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.startsWith("MD5=") && !out.contains("\n"), "ffmpeg reported: " + out);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mac-399.ape", "mac-396.ape"})
    void testSavedFileDecodes(String name) throws Exception {
        assertTrue(Files.isExecutable(FFMPEG), "ffmpeg not installed (bash .ci/run installs it)");
        Path f = TestFiles.tempCopy(TestFiles.corpus(name), dir);
        String pcm = pcmHash(f);

        MonkeysAudio t = new MonkeysAudio(f);
        if (t.tags() == null) {
            t.addTags();
        }
        t.put("Title", "caf\u00e9 \u6f22\u5b57");
        t.put("Artist", List.of("a", "b"));
        t.put("Cover Art (Front)", APEValue.of(new byte[5 * 1024 * 1024], APEValue.BINARY));
        t.save();
        assertEquals(pcm, pcmHash(f));
        assertEquals("caf\u00e9 \u6f22\u5b57", ((APETextValue) new MonkeysAudio(f).tags().get("Title")).value());

        new MonkeysAudio(f).delete();
        assertEquals(pcm, pcmHash(f));
    }
}
