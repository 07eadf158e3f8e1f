// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mutagen.Options;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write harness on its own, format-neutral: every script is a valid, deterministic mutagen edit of a file of its
 * kind; the check reports a differently edited file, a wrong cross-read and a wrong edit result; the Java applier
 * runs ops in order and reports failures as oracle.py does (tested with a toy format).
 */
class WriteHarnessTest {
    @TempDir
    static Path work;

    private static Oracle oracle;

    @BeforeAll
    static void start() {
        oracle = Oracles.shared();
    }

    @TestFactory
    Stream<DynamicTest> everyScriptIsADeterministicMutagenEdit() {
        return EditScripts.ALL.stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            Path source = TestFiles.corpus(s.source());
            Map<String, Object> before = oracle.dump(source);
            assertEquals(s.kind(), before.get("kind"), "the script's file is of another kind");
            Path dir = work.resolve("det-" + s.id().replace('/', '_'));
            WriteCheck pythonTwice = new WriteCheck(oracle::edit, oracle::edit, oracle::dump, oracle::dump);
            assertEquals(Optional.empty(), pythonTwice.run(source, s.ops(), dir));
            Path edited = dir.resolve("mutagen").resolve(source.getFileName().toString());
            Map<String, Object> again = oracle.edit(TestFiles.tempCopy(source, dir), s.ops());
            assertNull(again.get("error"), "mutagen failed on the script: " + again);
            assertEquals((long) s.ops().size(), again.get("done"));
            assertTrue(Differ.firstDifference(before, oracle.dump(edited)).isPresent(), "the script changed nothing");
        }));
    }

    @Test
    void aDifferentlyEditedFileIsReportedAtItsFirstByte() throws IOException {
        Path source = TestFiles.corpus("silence-44-s.flac");
        List<Map<String, Object>> script = List.of(EditOp.set("title", List.of("One")), EditOp.save());
        List<Map<String, Object>> other = List.of(EditOp.set("title", List.of("Two")), EditOp.save());
        WriteCheck check = new WriteCheck(oracle::edit, (p, ops) -> oracle.edit(p, other), oracle::dump,
                oracle::dump);
        Optional<String> d = check.run(source, script, work.resolve("bytes"));
        assertTrue(d.isPresent() && d.get().startsWith("bytes: first difference at offset"), d.toString());
    }

    @Test
    void aWrongCrossReadIsReported() throws IOException {
        Path source = TestFiles.corpus("silence-44-s.flac");
        List<Map<String, Object>> script = List.of(EditOp.set("title", List.of("One")), EditOp.save());
        WriteCheck check = new WriteCheck(oracle::edit, oracle::edit, oracle::dump, p -> {
            Map<String, Object> d = oracle.dump(p);
            d.put("pprint", "wrong");
            return d;
        });
        Optional<String> d = check.run(source, script, work.resolve("cross"));
        assertTrue(d.isPresent() && d.get().startsWith("ours reading mutagen's: pprint:"), d.toString());
    }

    @Test
    void aDifferentEditResultIsReported() throws IOException {
        Path source = TestFiles.corpus("silence-44-s.flac");
        List<Map<String, Object>> script = List.of(EditOp.delete("nosuchkey"), EditOp.save());
        Map<String, Object> r = oracle.edit(TestFiles.tempCopy(source, work), script);
        assertEquals("KeyError", ((Map<?, ?>) r.get("error")).get("class"));
        assertEquals(0L, r.get("done"));
        WriteCheck check = new WriteCheck(oracle::edit, (p, ops) -> oracle.edit(p, ops.subList(1, 2)),
                oracle::dump, oracle::dump);
        Optional<String> d = check.run(source, script, work.resolve("result"));
        assertTrue(d.isPresent() && d.get().startsWith("edit.done: mutagen 0, ours 1"), d.toString());
    }

    @Test
    void pythonBuiltinErrorsMatchTheirJavaCounterparts() {
        Map<String, Object> keyError = Map.of("error", Map.of("class", "KeyError", "message", "'a'"), "done", 1L);
        Map<String, Object> noSuch = Map.of("error", Map.of("class", "NoSuchElementException", "message", "a"),
                "done", 1L);
        assertEquals(WriteCheck.comparable(keyError), WriteCheck.comparable(noSuch));
        Map<String, Object> valueError = Map.of("error", Map.of("class", "ValueError", "message", "x"), "done", 0L);
        assertNotEquals(WriteCheck.comparable(valueError), WriteCheck.comparable(noSuch));
    }

    private static Path fake(Path dir, String content) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve("file.fake");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static final Options FAKE = Options.defaults().withProviders(List.of(new FakeTextFormat()));

    @Test
    void theJavaApplierRunsOpsInOrderAndSaves() throws IOException {
        Path p = fake(work.resolve("apply"), "FAKE\na=1\nb=2\n");
        Map<String, Object> r = Editors.apply(p, List.of(EditOp.set("c", List.of("x", "y")), EditOp.delete("a"),
                EditOp.set("b", "3"), EditOp.save()), Editors.GENERIC, FAKE);
        assertNull(r.get("error"), r.toString());
        assertEquals(4L, r.get("done"));
        assertEquals("FAKE\nb=3\nc=x\nc=y\n", Files.readString(p, StandardCharsets.UTF_8));
        Map<String, Object> dump = Dump.of(p, FAKE, Normalisers.registry());
        assertEquals("FakeText", dump.get("kind"));
        assertEquals(List.of(List.of("b", List.of("3")), List.of("c", List.of("x", "y"))),
                ((Map<?, ?>) dump.get("tags")).get("items"));
        assertEquals(Map.of("length", "1.5"), dump.get("info"));
    }

    @Test
    void theJavaApplierReportsTheFailingOpLikeTheOracle() throws IOException {
        Path p = fake(work.resolve("fail"), "FAKE\na=1\n");
        Map<String, Object> r = Editors.apply(p, List.of(EditOp.delete("a"), EditOp.delete("a"), EditOp.save()),
                Editors.GENERIC, FAKE);
        assertEquals(1L, r.get("done"));
        assertEquals("NoSuchElementException", ((Map<?, ?>) r.get("error")).get("class"));
        assertEquals("FAKE\na=1\n", Files.readString(p, StandardCharsets.UTF_8), "nothing saved");

        r = Editors.apply(p, List.of(EditOp.op("add_picture", "hex", "00"), EditOp.save()), Editors.GENERIC, FAKE);
        assertEquals(0L, r.get("done"));
        assertTrue(String.valueOf(((Map<?, ?>) r.get("error")).get("message")).contains("add_picture"));

        r = Editors.apply(p, List.of(EditOp.save("padding", 0)), Editors.GENERIC, FAKE);
        assertTrue(String.valueOf(((Map<?, ?>) r.get("error")).get("message")).contains("Editor"), r.toString());

        Path notFake = fake(work.resolve("none"), "nothing");
        r = Editors.apply(notFake, List.of(EditOp.save()), Editors.GENERIC, FAKE);
        assertNotEquals(null, r.get("error"));
    }

    @Test
    void theSameFakeScriptGivesTheSameBytesThroughTheHarness() throws IOException {
        Path src = fake(work.resolve("same-src"), "FAKE\na=1\n");
        WriteCheck.Writer java = (p, ops) -> Editors.apply(p, ops, Editors.GENERIC, FAKE);
        WriteCheck.Reader read = p -> Dump.of(p, FAKE, Normalisers.registry());
        List<Map<String, Object>> ops = new ArrayList<>(List.of(EditOp.set("t", List.of("v")), EditOp.save()));
        assertEquals(Optional.empty(), new WriteCheck(java, java, read, read).run(src, ops, work.resolve("same")));
        WriteCheck.Writer wrong = (p, o) -> Editors.apply(p, List.of(EditOp.set("t", List.of("w")), EditOp.save()),
                Editors.GENERIC, FAKE);
        Optional<String> d = new WriteCheck(java, wrong, read, read).run(src, ops, work.resolve("wrong"));
        assertTrue(d.isPresent() && d.get().startsWith("bytes: first difference at offset 11"), d.toString());
    }

    @Test
    void flacTestFailsOnAFileWithBrokenAudioAndPassesTheSource() throws IOException {
        Path source = TestFiles.corpus("silence-44-s.flac");
        Path broken = TestFiles.tempCopy(source, work);
        byte[] b = Files.readAllBytes(broken);
        for (int i = b.length - 2000; i < b.length - 1000; i++) {
            b[i] ^= 0x5a;
        }
        Files.write(broken, b);
        assertEquals("OK", FlacTool.report(source));
        Optional<String> d = FlacTool.check(broken, source);
        assertTrue(d.isPresent() && d.get().startsWith("flac --test on our file: exit "), d.toString());
        assertEquals(Optional.empty(), FlacTool.check(TestFiles.tempCopy(source, work), source));
    }

    @Test
    void seededBytesAreTheWorkersBytes() throws IOException {
        // the worker builds the same bytes: an APIC of seeded data read back has the SHA-1 of ours
        Path mp3 = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), work);
        Map<String, Object> r = oracle.edit(mp3, List.of(EditOp.op("add_frame", "value", Map.of("frame", "APIC",
                "fields", Map.of("encoding", 0L, "mime", "x", "type", 3L, "desc", "s", "data",
                        Seeded.of(7, 1000)))), EditOp.save()));
        assertNull(r.get("error"), r.toString());
        String dump = Json.write(oracle.dump(mp3));
        assertTrue(dump.contains(String.valueOf(Normalisers.bytes(Seeded.bytes(7, 1000)).get("sha1"))), dump);
    }

    @Test
    void withoutFlacTheCheckFailsSayingToInstallIt() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> FlacTool.executable(null, List.of(work.resolve("no-such-flac"))));
        assertTrue(e.getMessage().contains("apt-get install flac"), e.getMessage());
    }
}
