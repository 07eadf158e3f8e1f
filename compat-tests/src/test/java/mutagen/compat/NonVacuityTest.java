// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mutagen.Options;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shows that the suite catches what it is for: one deliberately wrong value on our side is a reported difference. */
class NonVacuityTest {
    private static final Set<String> FLAC = Set.of("FLAC");
    private static final KnownDifferences NONE = KnownDifferences.parse(List.of(), "none");
    private static Oracle oracle;

    @BeforeAll
    static void start() {
        oracle = Oracles.shared();
    }

    private static Path flac() {
        return TestFiles.corpus("silence-44-s.flac");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> dump) {
        return (Map<String, Object>) Json.parse(Json.write(dump));
    }

    @Test
    void ourDumpOfAFakeFlacEqualsTheOracles() throws IOException {
        Normalisers n = new Normalisers(Map.of(), FakeFlacFormat.extras());
        Map<String, Object> ours = Dump.of(flac(), Options.defaults().withProviders(
                List.of(new FakeFlacFormat("Silence"))), n);
        CompatReport.Outcome o = ReadCheck.judge("read", "corpus/silence-44-s.flac", oracle.dump(flac()), ours,
                FLAC, NONE);
        assertEquals(CompatReport.Status.IDENTICAL, o.status(), o.detail());
    }

    @Test
    void aWrongTitleOnOurSideIsReported() throws IOException {
        Normalisers n = new Normalisers(Map.of(), FakeFlacFormat.extras());
        Map<String, Object> ours = Dump.of(flac(), Options.defaults().withProviders(
                List.of(new FakeFlacFormat("Silencf"))), n);
        CompatReport.Outcome o = ReadCheck.judge("read", "corpus/silence-44-s.flac", oracle.dump(flac()), ours,
                FLAC, NONE);
        assertEquals(CompatReport.Status.DIFFERENT, o.status());
        assertTrue(o.detail().startsWith("pprint:") && o.detail().contains("Silencf"), o.detail());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDumpAlteredBeforeComparisonIsReportedAtTheFirstDifferingField() throws IOException {
        Map<String, Object> mutagen = oracle.dump(flac());
        Map<String, Object> ours = copy(mutagen);
        ((Map<String, Object>) ours.get("info")).put("length", "3.684716553287983");
        CompatReport.Outcome o = ReadCheck.judge("read", "x", mutagen, ours, FLAC, NONE);
        assertEquals(CompatReport.Status.DIFFERENT, o.status());
        assertEquals("info.length: mutagen \"3.684716553287982\", ours \"3.684716553287983\"", o.detail());

        ours = copy(mutagen);
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) ((Map<String, Object>) ours.get("tags")).get("items");
        items.set(4, List.of("title", List.of("Silence", "again")));
        o = ReadCheck.judge("read", "x", mutagen, ours, FLAC, NONE);
        assertEquals(CompatReport.Status.DIFFERENT, o.status());
        assertEquals("tags.items[title][1]: mutagen has 1 entries, ours 2; first extra: \"again\"", o.detail());
    }

    @Test
    void aChangedTitleInACopyReadByOneSideIsReported(@TempDir Path dir) throws IOException {
        Path copy = TestFiles.tempCopy(flac(), dir);
        Map<String, Object> edited = oracle.edit(copy, List.of(EditOp.set("title", List.of("Changed")),
                EditOp.save()));
        assertEquals(null, edited.get("error"));
        CompatReport.Outcome o = ReadCheck.judge("read", "x", oracle.dump(flac()), oracle.dump(copy), FLAC, NONE);
        assertEquals(CompatReport.Status.DIFFERENT, o.status());
        assertTrue(o.detail().contains("Changed"), o.detail());
    }

    @Test
    void aChangedTitleInACopyReadOnlyByOurRealFlacReaderIsReported(@TempDir Path dir) throws IOException {
        Path copy = TestFiles.tempCopy(flac(), dir);
        assertEquals(null, oracle.edit(copy, List.of(EditOp.set("title", List.of("Changed")), EditOp.save()))
                .get("error"));
        assertEquals(CompatReport.Status.IDENTICAL, ReadCheck.judge("read", "x", oracle.dump(copy), Dump.of(copy),
                FLAC, NONE).status(), "both sides read the edited copy alike");
        CompatReport.Outcome o = ReadCheck.judge("read", "x", oracle.dump(flac()), Dump.of(copy), FLAC, NONE);
        assertEquals(CompatReport.Status.DIFFERENT, o.status());
        assertTrue(o.detail().startsWith("pprint:") && o.detail().contains("Changed"), o.detail());
    }

    @Test
    void aWrongValueWrittenByOurFlacEditorIsReported(@TempDir Path dir) throws IOException {
        List<Map<String, Object>> script = List.of(EditOp.set("title", List.of("One")), EditOp.save());
        List<Map<String, Object>> wrong = List.of(EditOp.set("title", List.of("Onf")), EditOp.save());
        WriteCheck right = new WriteCheck(oracle::edit,
                (p, ops) -> Editors.apply(p, ops, FLACCompat.EDITOR, Options.defaults()), oracle::dump, Dump::of);
        assertEquals(Optional.empty(), right.run(flac(), script, dir.resolve("right")));
        WriteCheck check = new WriteCheck(oracle::edit,
                (p, ops) -> Editors.apply(p, wrong, FLACCompat.EDITOR, Options.defaults()), oracle::dump, Dump::of);
        Optional<String> d = check.run(flac(), script, dir.resolve("wrong"));
        assertTrue(d.isPresent() && d.get().startsWith("bytes: first difference at offset"), d.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void ourId3FramesAreComparedFieldByField() throws IOException {
        Path mp3 = TestFiles.corpus("id3v22-test.mp3");
        Map<String, Object> ours = Dump.of(mp3);
        Map<String, Object> tags = (Map<String, Object>) ours.get("tags");
        assertEquals("ID3", tags.get("type"));
        List<Object> first = (List<Object>) ((List<Object>) tags.get("items")).get(0);
        assertEquals("COMM::eng", first.get(0));
        Map<String, Object> frame = (Map<String, Object>) first.get(1);
        assertEquals("COMM", frame.get("frame"));
        assertEquals(Map.of("encoding", 0L, "lang", "eng", "desc", "",
                "text", List.of("Waterbug Records, www.anaismitchell.com")), frame.get("fields"));
        Map<String, Object> mutagen = oracle.dump(mp3);
        assertEquals(CompatReport.Status.IDENTICAL,
                ReadCheck.judge("read", "x", mutagen, ours, Set.of("MP3"), NONE).status());
        ((Map<String, Object>) frame.get("fields")).put("lang", "deu");
        CompatReport.Outcome o = ReadCheck.judge("read", "x", mutagen, ours, Set.of("MP3"), NONE);
        assertEquals("tags.items[COMM::eng][1].fields.lang: mutagen \"eng\", ours \"deu\"", o.detail());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDifferentErrorMessageIsReported() throws IOException {
        Map<String, Object> mutagen = oracle.dump(TestFiles.corpus("emptyfile.mp3"));
        assertEquals("HeaderNotFoundError", ((Map<?, ?>) mutagen.get("error")).get("class"));
        Map<String, Object> ours = copy(mutagen);
        ((Map<String, Object>) ours.get("error")).put("message", "can't sync to an MPEG frame");
        CompatReport.Outcome o = ReadCheck.judge("read", "x", mutagen, ours, Set.of("MP3"), NONE);
        assertEquals(CompatReport.Status.DIFFERENT, o.status());
        assertTrue(o.detail().startsWith("error.message:"), o.detail());
    }

    @Test
    void anUnsupportedKindMustFindNoFormat() throws IOException {
        Map<String, Object> mutagen = oracle.dump(flac());
        assertEquals(CompatReport.Status.UNSUPPORTED,
                ReadCheck.judge("read", "x", mutagen, Dump.empty(), Set.of(), NONE).status());
        CompatReport.Outcome o = ReadCheck.judge("read", "x", mutagen, copy(mutagen), Set.of(), NONE);
        assertEquals(CompatReport.Status.DIFFERENT, o.status());
        assertTrue(o.detail().contains("SupportedKinds"), o.detail());
        Map<String, Object> wrong = copy(mutagen);
        wrong.put("pprint", "wrong");
        o = ReadCheck.judge("read", "x", mutagen, wrong, Set.of(), Set.of("FLAC"), NONE);
        assertEquals(CompatReport.Status.UNSUPPORTED, o.status());
        assertTrue(o.detail().startsWith("in progress: pprint:"), o.detail());
        Map<String, Object> other = Dump.empty();
        other.put("kind", "MP3");
        o = ReadCheck.judge("read", "x", mutagen, other, Set.of(), NONE);
        assertEquals(CompatReport.Status.UNSUPPORTED, o.status());
        assertTrue(o.detail().contains("ours picked MP3"), o.detail());
    }

    @Test
    void aKnownDifferenceAcceptsOnlyTheCasesItNames() throws IOException {
        KnownDifferences known = KnownDifferences.parse(List.of("# comment", "",
                "read corpus/*.flac#trunc@* -- truncated FLAC messages differ (issue 0, example)"), "test");
        Map<String, Object> mutagen = oracle.dump(flac());
        Map<String, Object> ours = copy(mutagen);
        ours.put("pprint", "wrong");
        assertEquals(CompatReport.Status.KNOWN,
                ReadCheck.judge("read", "corpus/a.flac#trunc@1/8", mutagen, ours, FLAC, known).status());
        assertEquals(CompatReport.Status.DIFFERENT,
                ReadCheck.judge("read", "corpus/a.flac", mutagen, ours, FLAC, known).status());
        assertEquals(CompatReport.Status.DIFFERENT,
                ReadCheck.judge("inspect", "corpus/a.flac#trunc@1/8", mutagen, ours, FLAC, known).status());
        assertTrue(known.unused("read").isEmpty());
    }

    @Test
    void anInspectOutputDifferenceIsReported() throws IOException {
        String path = flac().toString();
        Oracle.InspectResult want = oracle.inspect(List.of(path));
        assertTrue(want.stdout().startsWith("-- " + path + "\n- FLAC, 3.68 seconds, 44100 Hz (audio/flac)\n"));
        Oracle.InspectResult wrong = new Oracle.InspectResult(want.stdout().replace("Silence", "Silencf"), "", 0);
        Optional<String> d = Differ.first("inspect", InspectDifferentialTest.asJson(want),
                InspectDifferentialTest.asJson(wrong));
        assertTrue(d.isPresent() && d.get().startsWith("inspect.stdout: differs at character"), d.toString());
        assertTrue(Differ.first("inspect", InspectDifferentialTest.asJson(want),
                InspectDifferentialTest.asJson(want)).isEmpty());
    }
}
