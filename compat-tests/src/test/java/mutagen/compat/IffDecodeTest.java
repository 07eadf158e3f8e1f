// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import mutagen.File;
import mutagen.FileType;
import mutagen.dsf.DSF;
import mutagen.id3.Encoding;
import mutagen.id3.ID3SaveOptions;
import mutagen.id3.TIT2;
import mutagen.id3.TPE1;
import mutagen.iff.IffFileType;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file we save of the chunked formats still decodes to the same audio: for each fixture of
 * {@code test-files/iff} and each corpus file of these formats that ffmpeg decodes without error, a tag is added,
 * grown (3000-character title, no padding), shrunk and deleted; after each save ffmpeg decodes the audio stream
 * with no error and the same MD5 of the decoded samples, and for WAVE and AIFF {@code sox --i} accepts the file and
 * sox's raw decode has the same MD5 too. Runs when ffmpeg and sox are installed (Debian's packages).
 */
class IffDecodeTest {
    /** Corpus files of these formats that ffmpeg 5.1 decodes without error (the others fail before any save). */
    static final List<String> CORPUS = List.of("silence-2s-PCM-16000-08-ID3v23.wav",
            "silence-2s-PCM-16000-08-notags.wav", "silence-2s-PCM-44100-16-ID3v23.wav", "11k-1ch-2s-silence.aif",
            "48k-2ch-s16-silence.aif", "8k-1ch-1s-silence.aif", "8k-4ch-1s-silence.aif", "with-id3.aif",
            "5644800-2ch-s01-silence.dsf", "with-id3.dsf", "2822400-1ch-0s-silence.dff",
            "5644800-2ch-s01-silence.dff");

    @TempDir
    Path dir;

    static Stream<String> files() {
        List<String> out = new ArrayList<>();
        IffCompat.FIXTURES.values().forEach(l -> l.forEach(f -> out.add("test-files/iff/" + f)));
        out.addAll(CORPUS);
        return out.stream().sorted();
    }

    static boolean haveTools() {
        return Files.isExecutable(Path.of("/usr/bin/ffmpeg")) && Files.isExecutable(Path.of("/usr/bin/sox"));
    }

    static Path original(String name) {
        return name.startsWith("test-files/") ? TestFiles.fixture(name.substring("test-files/".length()))
                : TestFiles.corpus(name);
    }

    static byte[] run(int[] exit, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        exit[0] = p.waitFor();
        return out;
    }

    /** ffmpeg's MD5 of the decoded audio and its error output (empty when clean). */
    static String ffmpeg(Path f) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/ffmpeg", "-hide_banner", "-nostdin", "-v", "error", "-i",
                f.toString(), "-map", "0:a", "-f", "md5", "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.trim();
    }

    /** sox's verdict ({@code sox --i} exit status) and the MD5 of its raw decode. */
    static String sox(Path f) throws Exception {
        int[] exit = new int[1];
        run(exit, "/usr/bin/sox", "--i", f.toString());
        int info = exit[0];
        byte[] raw = run(exit, "/usr/bin/sox", f.toString(), "-t", "raw", "-");
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(raw));
        return "sox --i " + info + ", decode " + exit[0] + ", " + md5;
    }

    static void save(FileType f, long padding) throws IOException {
        ID3SaveOptions options = ID3SaveOptions.defaults().withPadding(info -> padding);
        if (f instanceof DSF) {
            ((DSF) f).save(options);
        } else {
            ((IffFileType) f).save(options);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void testSavesKeepTheAudio(String name) throws Exception {
        assertTrue(haveTools(), "ffmpeg or sox not installed (bash .ci/run installs it)");
        Path f = TestFiles.tempCopy(original(name), dir);
        boolean pcm = !(name.endsWith(".dsf") || name.endsWith(".dff"));
        String audio = ffmpeg(f);
        assertTrue(audio.startsWith("MD5="), name + " does not decode before any save: " + audio);
        String soxBefore = pcm ? sox(f) : "";
        List<String> steps = List.of("add", "grow", "shrink", "delete");
        for (String step : steps) {
            FileType t = File.open(f).orElseThrow();
            switch (step) {
                case "add":
                    if (t.tags() == null) {
                        t.addTags();
                    }
                    t.put("TIT2", new TIT2(Encoding.UTF8, "added"));
                    save(t, 1024);
                    break;
                case "grow":
                    t.put("TIT2", new TIT2(Encoding.UTF8, "x".repeat(3000)));
                    t.put("TPE1", new TPE1(Encoding.UTF16, "one", "two"));
                    save(t, 0);
                    break;
                case "shrink":
                    t.put("TIT2", new TIT2(Encoding.LATIN1, "s"));
                    t.remove("TPE1");
                    save(t, 0);
                    break;
                default:
                    t.delete();
            }
            assertEquals(audio, ffmpeg(f), name + " after " + step);
            if (pcm) {
                assertEquals(soxBefore, sox(f), name + " after " + step);
            }
        }
        assertEquals(null, File.open(f).orElseThrow().tags(), name);
    }
}
