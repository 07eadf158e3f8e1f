// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import mutagen.Options;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write differential: for every supported kind, each script of {@link EditScripts} is applied by mutagen and by
 * our {@link Editor} to copies of the same file; the results, the saved bytes and the cross-reads must agree.
 */
class WriteDifferentialTest {
    @TempDir
    static Path work;

    private static final CompatReport REPORT = new CompatReport("write", "Write differential (scripted edits)");
    private static KnownDifferences known;
    private static Oracle oracle;

    @BeforeAll
    static void start() {
        known = KnownDifferences.load();
        oracle = Oracles.shared();
    }

    @AfterAll
    static void report() {
        if (oracle != null) {
            REPORT.note("Scripts: " + EditScripts.ALL.size() + " in all; run here for the supported kinds "
                    + new TreeSet<>(SupportedKinds.KINDS) + " (the rest are checked on mutagen's side only by"
                    + " WriteHarnessTest).");
            REPORT.note("");
            REPORT.note(matrixTable());
            REPORT.write(known, oracle.description());
        }
    }

    /**
     * Supported kinds that no corpus file or fixture has for mutagen, so no script can start from one. Reviewed:
     * ID3FileType loses the tie on ID3 headers to MP3 ((1, "MP3") sorts after (1, "ID3FileType")).
     */
    static final Set<String> NO_SOURCE_FILE = Set.of("ID3FileType");

    /**
     * Kinds without tags (mutagen's AAC, AC3 and SMF): no edit of mutagen's can change them, so their write checks
     * are the write matrix's refused edits and unchanged saves ({@code StreamCompat.matrix}), not basic scripts.
     */
    static final Set<String> NO_TAGS = Set.of("AAC", "AC3", "SMF");

    /** Each supported kind needs scripts and an editor: a supported kind with no write check is a gap. */
    @Test
    void everySupportedKindHasScriptsAndAnEditor() {
        List<String> gaps = new ArrayList<>();
        for (String kind : new TreeSet<>(SupportedKinds.KINDS)) {
            if (EditScripts.of(kind).isEmpty() && !NO_SOURCE_FILE.contains(kind) && !NO_TAGS.contains(kind)) {
                gaps.add(kind + ": no edit script in EditScripts");
            }
            if (Editors.forKind(kind) == null) {
                gaps.add(kind + ": no Editor registered in Editors.EDITORS");
            }
        }
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }

    @TestFactory
    Stream<DynamicTest> supportedScripts() {
        return EditScripts.ALL.stream().filter(s -> SupportedKinds.isSupported(s.kind()))
                .map(s -> DynamicTest.dynamicTest(s.id(), () -> {
                    Editor editor = Editors.forKind(s.kind());
                    if (editor == null) {
                        fail(s.kind() + " has no Editor");
                    }
                    WriteCheck check = new WriteCheck(oracle::edit,
                            (p, ops) -> Editors.apply(p, ops, editor, Options.defaults()), oracle::dump, Dump::of);
                    Optional<String> diff = check.run(TestFiles.corpus(s.source()), s.ops(),
                            work.resolve(s.id().replace('/', '_')));
                    record(s.id(), s.kind(), diff);
                }));
    }

    /** Per kind of the matrix: cases, same edit result, identical bytes, cross-reads ok, flac --test ok. */
    private static final Map<String, int[]> MATRIX = new TreeMap<>();

    /** Matrix cases where mutagen's own edit failed (compared all the same: ours must fail alike). */
    private static final List<String> MUTAGEN_FAILED = new ArrayList<>();

    private static synchronized void count(String id, String kind, WriteCheck.Result r, Optional<String> flac) {
        if (r.theirEditFailed()) {
            MUTAGEN_FAILED.add(id);
        }
        int[] c = MATRIX.computeIfAbsent(kind, k -> new int[6]);
        c[0]++;
        c[1] += r.edit().isEmpty() ? 1 : 0;
        c[2] += r.bytes().isEmpty() ? 1 : 0;
        c[3] += r.crossReadOk() ? 1 : 0;
        c[4] += flac == null ? 0 : 1;
        c[5] += flac != null && flac.isEmpty() ? 1 : 0;
    }

    private static synchronized String matrixTable() {
        StringBuilder sb = new StringBuilder("Round-trip matrix (WriteMatrix, generated: " + WriteMatrix.ALL.size()
                + " cases; ID3 = the standalone ID3 class). Cross-read ok = mutagen reads our file, and we read"
                + " mutagen's file, exactly as mutagen reads its own.\n\n");
        sb.append("| format (mutagen kind) | cases | same edit result | identical bytes | cross-read ok |"
                + " flac --test run | flac --test ok |\n|---|---:|---:|---:|---:|---:|---:|\n");
        int[] total = new int[6];
        for (Map.Entry<String, int[]> e : MATRIX.entrySet()) {
            sb.append("| ").append(e.getKey());
            for (int i = 0; i < 6; i++) {
                sb.append(" | ").append(e.getValue()[i]);
                total[i] += e.getValue()[i];
            }
            sb.append(" |\n");
        }
        sb.append("| **all**");
        for (int t : total) {
            sb.append(" | ").append(t);
        }
        sb.append(" |\n\nCases where mutagen's edit itself fails (ours must fail the same way): ")
                .append(MUTAGEN_FAILED.isEmpty() ? "none" : String.join(", ", MUTAGEN_FAILED)).append(".");
        return sb.toString();
    }

    /**
     * The frame matrix covers mutagen's frame registry, not only ours: mutagen checks that the frame IDs the matrix
     * edits are exactly the 105 of {@code mutagen.id3.Frames}.
     */
    @Test
    void frameMatrixCoversEveryFrameClassOfMutagen() throws java.io.IOException {
        List<String> ids = WriteMatrix.ALL.stream().filter(s -> s.name().startsWith("frame-"))
                .map(s -> s.name().split("-")[1]).distinct().toList();
        Path probe = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), work);
        Map<String, Object> r = oracle.edit(probe, List.of(EditOp.op("check_frame_ids", "ids", ids)));
        assertTrue(r.get("error") == null, String.valueOf(r.get("error")));
        assertTrue(ids.size() == 105, "frame classes in the matrix: " + ids.size());
    }

    /**
     * The round-trip matrices ({@link WriteMatrix}): the same comparisons as the scripts, every one counted for
     * the report, and for FLAC {@code flac --test} on each file we saved.
     */
    @TestFactory
    Stream<DynamicTest> matrix() {
        return WriteMatrix.ALL.stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            boolean standalone = s.kind().equals(WriteMatrix.STANDALONE_ID3);
            boolean standaloneApe = s.kind().equals(ApeCompat.STANDALONE);
            Editor editor = Editors.forKind(s.kind());
            if (!standalone && !standaloneApe && editor == null) {
                fail(s.kind() + " has no Editor");
            }
            WriteCheck.Writer ours = standalone ? (p, ops) -> ID3Compat.applyStandalone(p, ops)
                    : standaloneApe ? ApeCompat::applyStandalone
                    : (p, ops) -> Editors.apply(p, ops, editor, Options.defaults());
            WriteCheck check = new WriteCheck(oracle::edit, ours, oracle::dump, Dump::of);
            Path source = WriteMatrix.source(s.source(), work);
            WriteCheck.Result r = check.runAll(source, s.ops(), work.resolve("m_" + s.id().replace('/', '_')));
            Optional<String> flac = null;
            if (s.kind().equals("FLAC") && !r.ourEditFailed()) {
                flac = FlacTool.check(r.ours(), source);
            }
            count(s.id(), s.kind(), r, flac);
            Optional<String> diff = r.first();
            if (s.kind().startsWith("Ogg") && !r.ourEditFailed() && diff.isEmpty()) {
                diff = OggCompat.check(s.kind(), r.ours(), source);
            }
            if (s.kind().equals("MP4") && !r.ourEditFailed() && diff.isEmpty()) {
                diff = Mp4Compat.check(r.ours(), source);
            }
            if (flac != null && diff.isEmpty()) {
                diff = flac;
            }
            if (s.kind().equals("ASF") && !r.ourEditFailed() && diff.isEmpty()) {
                diff = AsfCompat.check(r.ours(), source);
            }
            record(s.id(), s.kind(), diff);
            java.nio.file.Files.walk(work.resolve("m_" + s.id().replace('/', '_')))
                    .sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }));
    }

    private static void record(String id, String kind, Optional<String> diff) {
        if (diff.isEmpty()) {
            REPORT.add(new CompatReport.Outcome(id, kind, CompatReport.Status.IDENTICAL, ""));
            return;
        }
        KnownDifferences.Entry e = known.match("write", id);
        if (e != null) {
            REPORT.add(new CompatReport.Outcome(id, kind, CompatReport.Status.KNOWN,
                    diff.get() + " (accepted, line " + e.line() + ": " + e.reason() + ")"));
            return;
        }
        REPORT.add(new CompatReport.Outcome(id, kind, CompatReport.Status.DIFFERENT, diff.get()));
        fail(id + ": " + diff.get());
    }
}
