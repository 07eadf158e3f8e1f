// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            REPORT.write(known, oracle.description());
        }
    }

    /**
     * Supported kinds that no corpus file or fixture has for mutagen, so no script can start from one. Reviewed:
     * ID3FileType loses the tie on ID3 headers to MP3 ((1, "MP3") sorts after (1, "ID3FileType")).
     */
    static final Set<String> NO_SOURCE_FILE = Set.of("ID3FileType");

    /** Each supported kind needs scripts and an editor: a supported kind with no write check is a gap. */
    @Test
    void everySupportedKindHasScriptsAndAnEditor() {
        List<String> gaps = new ArrayList<>();
        for (String kind : new TreeSet<>(SupportedKinds.KINDS)) {
            if (EditScripts.of(kind).isEmpty() && !NO_SOURCE_FILE.contains(kind)) {
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
