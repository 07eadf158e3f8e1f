// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * mutagen's command-line tools against ours, end to end: each scripted invocation runs as a process on both sides
 * (Python's tool from the oracle's mutagen 1.48.1, ours as {@code java mutagen.tools.X}), each in its own copy of the
 * same files. stdout, stderr and the exit code must be identical byte for byte, and so must every file afterwards.
 *
 * <p>One reviewed difference: where Python's tool dies with an uncaught exception, its traceback names Python
 * source lines; ours prints {@code Traceback (most recent call last):}, a placeholder line and the same last line
 * ({@code Type: message}). For those runs the first and the last line of stderr are compared.
 */
class ToolsCompatTest {
    private static final List<String> FIXTURES = List.of("silence-44-s.mp3", "no-tags.mp3", "id3v22-test.mp3",
            "id3v1v2-combined.mp3", "image.jpg", "emptyfile.mp3", "97-unknown-23-update.mp3", "bad-POPM-frame.mp3",
            "apev2-lyricsv2.mp3", "empty.ogg", "multipage-setup.ogg");

    /** The mid3v2 script: every option, good and bad values, missing files, untagged files, unicode, escapes. */
    private static final List<List<String>> MID3V2 = List.of(
            List.of(), List.of("--help"), List.of("-h"), List.of("--version"), List.of("--vers"), List.of("-f"),
            List.of("--list-frames"), List.of("--list-frames-v2.2"), List.of("-L"), List.of("--list-genres"),
            List.of("--bogus"), List.of("-x"), List.of("--T"), List.of("--TIT"), List.of("-a"), List.of("--artist"),
            List.of("--help=1"), List.of("-f", "--bogus"), List.of("--bogus", "-f"), List.of("-vq"),
            List.of("silence-44-s.mp3"), List.of("-l", "silence-44-s.mp3", "id3v22-test.mp3", "no-tags.mp3"),
            List.of("--list", "id3v1v2-combined.mp3", "missing.mp3", "silence-44-s.mp3"),
            List.of("--list-raw", "silence-44-s.mp3", "id3v22-test.mp3", "id3v1v2-combined.mp3", "no-tags.mp3"),
            List.of("--list-raw", "97-unknown-23-update.mp3", "bad-POPM-frame.mp3", "apev2-lyricsv2.mp3"),
            List.of("-l", "emptyfile.mp3"), List.of("-l", ""), List.of("-l", "image.jpg"),
            List.of("-d", "silence-44-s.mp3", "id3v1v2-combined.mp3"), List.of("-s", "id3v1v2-combined.mp3"),
            List.of("-D", "-v", "id3v1v2-combined.mp3", "no-tags.mp3"), List.of("--delete-all", "missing.mp3"),
            List.of("-C", "id3v22-test.mp3", "no-tags.mp3", "missing.mp3"), List.of("--convert", "-v", "empty.ogg"),
            List.of("--delete-frames=TIT2,TPE1", "-v", "id3v22-test.mp3", "no-tags.mp3", "silence-44-s.mp3"),
            List.of("--delete-frames", "TIT2", "missing.mp3"), List.of("--delete-frames=TÄÖ,x", "silence-44-s.mp3"),
            List.of("--delete-frames=TALB", "-a", "x", "-v", "silence-44-s.mp3"),
            List.of("-a", "Foo", "-t", "T1", "-t", "T2", "-A", "Al", "silence-44-s.mp3", "no-tags.mp3"),
            List.of("--artist=Ünïcödé ☃", "--song", "", "--album=", "silence-44-s.mp3"),
            List.of("-aFoo", "-vtBar", "id3v1v2-combined.mp3"), List.of("-a", "", "no-tags.mp3"),
            List.of("-v", "-a", "x", "missing.mp3", "silence-44-s.mp3", "emptyfile.mp3"),
            List.of("-v", "--TXXX", "d:v", "--TXXX", "x", "--TXXX", "a:b:c", "--WXXX", "u:http://x", "--WOAR",
                    "http://a", "--WOAR", "http://b", "silence-44-s.mp3"),
            List.of("-c", "hello", "-c", "d:t", "-c", "d:a:b:deu", "--USLT", "x:y", "--USLT", "l:a:b:fra",
                    "id3v1v2-combined.mp3"),
            List.of("--POPM", "e@x", "--POPM", "f:3", "--POPM", "g:4:5", "--UFID", "o:d", "-y", "2004", "-g", "Rock",
                    "-T", "3/4", "id3v22-test.mp3"),
            List.of("--POPM", "a:x", "silence-44-s.mp3"), List.of("--POPM", "a:1:2:3", "silence-44-s.mp3"),
            List.of("--POPM", "a:300", "silence-44-s.mp3"), List.of("--POPM", "a: +1_0 :99999999999999999999",
                    "silence-44-s.mp3"),
            List.of("--UFID", "abc", "silence-44-s.mp3"), List.of("--UFID", "a:b:c", "silence-44-s.mp3"),
            List.of("-p", "image.jpg", "silence-44-s.mp3"), List.of("-p", "image.jpg::4:image/png", "no-tags.mp3"),
            List.of("--picture=image.jpg:desc", "-p", "nofile.jpg", "silence-44-s.mp3"),
            List.of("-p", "image.jpg:d:x", "silence-44-s.mp3"), List.of("-p", "image.jpg:d:3:m:5", "silence-44-s.mp3"),
            List.of("-p", "image.jpg:d:300", "silence-44-s.mp3"), List.of("--APIC", "image.jpg:", "no-tags.mp3"),
            List.of("-c", "a:b:english", "silence-44-s.mp3"), List.of("-c", "a:b:äöü", "silence-44-s.mp3"),
            List.of("-y", "notadate", "-T", "x", "--TBPM", "abc", "--TLEN", "", "silence-44-s.mp3"),
            List.of("--TIPL", "a", "--TMCL", "b", "--TDOR", "2001-02", "--TCMP", "1", "silence-44-s.mp3"),
            List.of("-e", "-a", "a\\nb\\x41\\101\\\\\\:c", "--TXXX", "d\\:e:f", "-c", "x\\:y:z", "silence-44-s.mp3"),
            List.of("-e", "-a", "a\\x4", "silence-44-s.mp3"), List.of("-e", "-a", "a\\", "silence-44-s.mp3"),
            List.of("-e", "-a", "\\xff", "silence-44-s.mp3"), List.of("-e", "-a", "é\\xc3", "silence-44-s.mp3"),
            List.of("-e", "--WXXX", "http\\://example.com/", "--UFID", "o\\:x:y", "silence-44-s.mp3"),
            List.of("--TXXX", "A\\:B:C", "--", "-notafile.mp3", "silence-44-s.mp3"));

    /** The mid3cp script. */
    private static final List<List<String>> MID3CP = List.of(
            List.of(), List.of("-h"), List.of("--version"), List.of("--bogus"), List.of("silence-44-s.mp3"),
            List.of("silence-44-s.mp3", "no-tags.mp3"), List.of("-v", "id3v1v2-combined.mp3", "no-tags.mp3"),
            List.of("--write-v1", "id3v22-test.mp3", "silence-44-s.mp3"),
            List.of("--merge", "-x", " TIT2", "-x", "TPE1", "id3v1v2-combined.mp3", "silence-44-s.mp3"),
            List.of("no-tags.mp3", "silence-44-s.mp3"), List.of("missing.mp3", "silence-44-s.mp3"),
            List.of("silence-44-s.mp3", "missing.mp3"), List.of("silence-44-s.mp3", "."),
            List.of("", "silence-44-s.mp3"), List.of("-v", "--merge", "id3v22-test.mp3", "no-tags.mp3"),
            List.of("silence-44-s.mp3", "silence-44-s.mp3"), List.of("silence-44-s.mp3", "no-tags.mp3", "x.mp3"),
            List.of("--write-v1", "97-unknown-23-update.mp3", "no-tags.mp3"),
            List.of("--merge", "97-unknown-23-update.mp3", "id3v1v2-combined.mp3"),
            List.of("-x", "TIT2", "--write-v1", "-v", "97-unknown-23-update.mp3", "emptyfile.mp3"),
            List.of("emptyfile.mp3", "silence-44-s.mp3"), List.of("bad-POPM-frame.mp3", "empty.ogg"),
            List.of("--exclude-tag=TALB", "--merg", "--write", "silence-44-s.mp3", "image.jpg"));

    /** The moggsplit script (chained.ogg is multipagecomment.ogg followed by multipage-setup.ogg). */
    private static final List<List<String>> MOGGSPLIT = List.of(
            List.of(), List.of("-h"), List.of("--version"), List.of("--bogus"), List.of("chained.ogg"),
            List.of("--m3u", "chained.ogg", "empty.ogg"),
            List.of("--extension=oga", "--pattern", "%(stream)08x-%(base)s.%(ext)s", "chained.ogg"),
            List.of("silence-44-s.mp3"), List.of("missing.ogg"), List.of("truncated.ogg"),
            List.of("--pattern", "%(nope)s", "chained.ogg"), List.of("--pattern", "%d", "chained.ogg"),
            List.of("--pattern", "%s", "chained.ogg"), List.of("--pattern", "%s-%s", "chained.ogg"),
            List.of("--pattern", "%(base)d", "chained.ogg"), List.of("--pattern", "%(base)x", "chained.ogg"),
            List.of("--pattern", "x%", "chained.ogg"), List.of("--pattern", "%(stream)q", "chained.ogg"),
            List.of("--pattern", "sub/%(stream)s", "chained.ogg"),
            List.of("--m3u", "--pattern", "%(base)s%%%(stream)+5d%(ext).1s", "chained.ogg"),
            List.of("--m3u", "--pattern", "%r.%(ext)-6s|", "multipage-setup.ogg"));

    /** The mid3iconv script (cyrillic.mp3: ID3v2.3 with cp1251 text stored as Latin-1, and an ID3v1 tag). */
    private static final List<List<String>> MID3ICONV = List.of(
            List.of(), List.of("-h"), List.of("--version"), List.of("--bogus"), List.of("cyrillic.mp3"),
            List.of("-e", "cp1251", "-d", "cyrillic.mp3", "id3v1v2-combined.mp3"),
            List.of("-e", "CP1251", "-p", "-d", "cyrillic.mp3"), List.of("-e", "windows-1251", "--remove-v1",
                    "cyrillic.mp3"),
            List.of("-e", "cp1251", "-v1", "-d", "cyrillic.mp3", "id3v1v2-combined.mp3"),
            List.of("-e", "koi8-r", "-removev1", "-q", "cyrillic.mp3", "no-tags.mp3", "missing.mp3", "emptyfile.mp3"),
            List.of("-e", "nonexistent", "cyrillic.mp3"), List.of("-e", "gbk", "-e", "shift_jis", "cyrillic.mp3"),
            List.of("-e", "latin_1", "cyrillic.mp3", "id3v22-test.mp3"), List.of("-e", "utf-16", "-d", "cyrillic.mp3"),
            List.of("-e", "big5", "-d", "id3v1v2-combined.mp3"), List.of("--force-v1", "-p", "id3v1v2-combined.mp3"),
            List.of("-e", "iso8859_5", "-d", "cyrillic.mp3"), List.of("-d", "-p", "silence-44-s.mp3"),
            List.of("--encoding=Windows-1255", "-d", "97-unknown-23-update.mp3", "bad-POPM-frame.mp3"));

    /** The mutagen-pony script: the fixture folder, a folder with a subfolder, an empty and a missing folder. */
    private static final List<List<String>> PONY = List.of(List.of(), List.of("."), List.of("./"),
            List.of("sub", "missing", "empty"));

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> mutagenPony() {
        return script("mutagen-pony", "MutagenPony", PONY);
    }

    @TestFactory
    Stream<DynamicTest> mid3iconv() {
        return script("mid3iconv", "Mid3iconv", MID3ICONV);
    }

    /**
     * no-tags.mp3 with an ID3v2.3 tag whose Latin-1 frames hold cp1251 bytes, a UTF-16 frame, a TDRC, an empty
     * TXXX and an ID3v1 tag; written with our ID3 (its bytes are mutagen's, as the ID3 write tests show).
     */
    private static byte[] cyrillic() throws IOException {
        Path tmp = Files.createTempFile("cyrillic", ".mp3");
        try {
            Files.copy(TestFiles.corpus("no-tags.mp3"), tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            mutagen.id3.ID3 tag = new mutagen.id3.ID3();
            java.nio.charset.Charset cp1251 = java.nio.charset.Charset.forName("windows-1251");
            tag.add(frame("TIT2", 0, List.of(latin1("Привет".getBytes(cp1251)))));
            tag.add(frame("TPE1", 0, List.of("abc", latin1("Мир".getBytes(cp1251)))));
            tag.add(frame("TDRC", 0, List.of("2004")));
            tag.add(frame("TALB", 1, List.of("Ünï ☃")));
            mutagen.id3.Frame comm = frame("COMM", 0, List.of("ok"));
            comm.set("lang", "eng");
            comm.set("desc", "d");
            tag.add(comm);
            tag.save(tmp, mutagen.id3.ID3SaveOptions.defaults().withV2Version(3).withV1(2));
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static mutagen.id3.Frame frame(String id, int encoding, List<String> text) {
        mutagen.id3.Frame f = mutagen.id3.Frames.create(id);
        f.set("encoding", mutagen.id3.Encoding.of(encoding));
        f.set("text", text);
        return f;
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @TestFactory
    Stream<DynamicTest> moggsplit() {
        return script("moggsplit", "Moggsplit", MOGGSPLIT);
    }

    @TestFactory
    Stream<DynamicTest> mid3cp() {
        return script("mid3cp", "Mid3cp", MID3CP);
    }

    @TestFactory
    Stream<DynamicTest> mid3v2() {
        return script("mid3v2", "Mid3v2", MID3V2);
    }

    /** One test per scripted invocation of {@code tool} (our class {@code cls}), compared with mutagen's. */
    private Stream<DynamicTest> script(String tool, String cls, List<List<String>> invocations) {
        return invocations.stream().map(args -> DynamicTest.dynamicTest(tool + " " + String.join(" ", args),
                () -> compare(tool, cls, args)));
    }

    private void compare(String tool, String javaClass, List<String> args) throws IOException, InterruptedException {
        Path py = Files.createDirectories(Files.createTempDirectory(dir, "py"));
        Path ours = Files.createDirectories(Files.createTempDirectory(dir, "java"));
        for (String name : FIXTURES) {
            Files.copy(TestFiles.corpus(name), py.resolve(name));
            Files.copy(TestFiles.corpus(name), ours.resolve(name));
        }
        byte[] chained = concat(Files.readAllBytes(TestFiles.corpus("multipagecomment.ogg")),
                Files.readAllBytes(TestFiles.corpus("multipage-setup.ogg")));
        for (Path d : List.of(py, ours)) {
            Files.write(d.resolve("chained.ogg"), chained);
            Files.write(d.resolve("truncated.ogg"), Arrays.copyOf(chained, 5000));
            Files.write(d.resolve("cyrillic.mp3"), cyrillic());
            Files.createDirectories(d.resolve("empty"));
            Files.copy(TestFiles.corpus("xing.mp3"), Files.createDirectories(d.resolve("sub")).resolve("X.MP3"));
        }
        Run expected = python(tool, args, py);
        Run actual = java(javaClass, args, ours);
        assertEquals(expected.code, actual.code, "exit code; python stderr: " + expected.err);
        assertEquals(withoutPythonStack(expected.out), withoutPythonStack(actual.out), "stdout");
        if (expected.err.startsWith("Traceback (most recent call last):\n")) {
            assertTrue(actual.err.startsWith("Traceback (most recent call last):\n"), actual.err);
            assertEquals(lastLine(expected.err), lastLine(actual.err), "the traceback's last line");
        } else {
            assertEquals(expected.err, actual.err, "stderr");
        }
        Map<String, byte[]> left = files(py);
        Map<String, byte[]> right = files(ours);
        assertEquals(left.keySet(), right.keySet(), "files afterwards");
        for (String name : left.keySet()) {
            assertArrayEquals(left.get(name), right.get(name), "bytes of " + name);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Every tool's help at narrow and wide terminals ($COLUMNS), where optparse wraps the texts. */
    @TestFactory
    Stream<DynamicTest> helpAtTerminalWidths() {
        List<DynamicTest> tests = new ArrayList<>();
        String[][] tools = {{"mid3v2", "Mid3v2"}, {"mid3cp", "Mid3cp"}, {"moggsplit", "Moggsplit"},
            {"mid3iconv", "Mid3iconv"}};
        for (String columns : List.of("12", "30", "45", "100", "x")) {
            for (String[] t : tools) {
                tests.add(DynamicTest.dynamicTest(t[0] + " -h with COLUMNS=" + columns, () -> {
                    columnsEnv = columns;
                    try {
                        compare(t[0], t[1], List.of("-h"));
                    } finally {
                        columnsEnv = null;
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static String columnsEnv;

    /** mutagen-pony's tracebacks: Python's stack lines and our placeholder line removed. */
    private static String withoutPythonStack(String text) {
        return text.replaceAll("(?m)^(  File \".*\n(    .*\n)*|  \\(mutagen-java: no Python stack\\)\n)", "");
    }

    private static String lastLine(String text) {
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return t.substring(t.lastIndexOf('\n') + 1);
    }

    private static Map<String, byte[]> files(Path d) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                m.put(d.relativize(p).toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return m;
    }

    private record Run(int code, String out, String err) {
    }

    private static Run python(String tool, List<String> args, Path cwd) throws IOException, InterruptedException {
        LocalPythonLauncher launcher = LocalPythonLauncher.fromSystemProperties();
        assertNull(launcher.unavailableReason(), launcher.setupHint());
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("mutagen.oracle.python", "python3"), "-c",
                "import sys; sys.argv[0] = '" + tool + "'; from mutagen._tools." + tool.replace('-', '_')
                        + " import entry_point; sys.exit(entry_point())"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYTHONPATH", launcher.sitePackages().toAbsolutePath().toString());
        return start(pb, cwd);
    }

    private static Run java(String javaClass, List<String> args, Path cwd) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), "mutagen.tools." + javaClass));
        cmd.addAll(args);
        return start(new ProcessBuilder(cmd), cwd);
    }

    private static Run start(ProcessBuilder pb, Path cwd) throws IOException, InterruptedException {
        pb.directory(cwd.toFile());
        pb.environment().remove("COLUMNS");
        if (columnsEnv != null) {
            pb.environment().put("COLUMNS", columnsEnv);
        }
        pb.environment().put("LC_ALL", "C.UTF-8");
        Path out = Files.createTempFile(cwd.getParent(), "out", ".txt");
        Path err = Files.createTempFile(cwd.getParent(), "err", ".txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        int code = pb.start().waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
