// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.trueaudio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.id3.Encoding;
import mutagen.id3.ID3SaveOptions;
import mutagen.id3.TIT2;
import mutagen.id3.TPE1;
import mutagen.id3.TextFrame;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files we save still decode: Debian's ffmpeg (no TTA decoder of its own is packaged) decodes each file without an
 * error, to the same PCM (MD5), after an ID3v2 tag and an ID3v1 tag were added and after they were deleted; an
 * APEv2 tag at the end (ffmpeg's own metadata) stays byte for byte. Runs when ffmpeg is installed.
 */
class FfmpegValidationTest {
    static final Path FFMPEG = Path.of("/usr/bin/ffmpeg");

    @TempDir
    Path dir;

    static String ffmpeg(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(FFMPEG.toString(), "-hide_banner", "-nostdin", "-v", "error"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.trim();
    }

    static String pcmHash(Path f) throws IOException, InterruptedException {
        String out = ffmpeg("-i", f.toString(), "-map", "0:a", "-f", "md5", "-");
        assertEquals(true, out.startsWith("MD5=") && !out.contains("\n"), "ffmpeg reported: " + out);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus:empty.tta", "apev2/tta-plain.tta", "apev2/tta-24bit-mono.tta",
        "apev2/tta-apev2.tta"})
    void testSavedFileDecodes(String name) throws Exception {
        assertTrue(Files.isExecutable(FFMPEG), "ffmpeg not installed (bash .ci/run installs it)");
        Path src = name.startsWith("corpus:") ? TestFiles.corpus(name.substring(7)) : TestFiles.fixture(name);
        Path f = TestFiles.tempCopy(src, dir);
        byte[] before = Files.readAllBytes(f);
        String pcm = pcmHash(f);

        TrueAudio a = new TrueAudio(f);
        a.addTags();
        a.id3().add(new TIT2(Encoding.UTF8, "caf\u00e9 \u6f22\u5b57"));
        a.id3().add(new TPE1(Encoding.UTF16, "a", "b"));
        a.save(ID3SaveOptions.defaults().withV1(2));
        assertEquals(pcm, pcmHash(f));
        byte[] after = Files.readAllBytes(f);
        TrueAudio again = new TrueAudio(f);
        assertEquals("caf\u00e9 \u6f22\u5b57", ((TextFrame) again.get("TIT2")).text().get(0));
        long audioStart = again.id3().size();
        // the audio and anything after it (ffmpeg's APEv2 tag) unchanged, then the new ID3v1 tag
        assertArrayEquals(before, Arrays.copyOfRange(after, (int) audioStart, after.length - 128));

        again.delete();
        assertEquals(pcm, pcmHash(f));
        assertArrayEquals(before, Files.readAllBytes(f));
    }
}
