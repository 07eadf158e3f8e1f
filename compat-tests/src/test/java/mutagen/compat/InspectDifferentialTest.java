// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.nio.file.Path;
import mutagen.testkit.TestFiles;
import mutagen.tools.MutagenInspect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * mutagen-inspect, byte for byte: stdout, stderr and the exit code of Python's tool against
 * {@link MutagenInspect#run}, for every file alone, for the whole corpus in one run, and for option handling. For a
 * file whose mutagen kind is not supported the expected text is {@code - Unknown file type}.
 */
class InspectDifferentialTest {
    private static final CompatReport REPORT = new CompatReport("inspect", "mutagen-inspect, byte for byte");
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
            REPORT.write(known, oracle.description());
        }
    }

    /** What our tool printed. */
    static Oracle.InspectResult ours(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = MutagenInspect.run(args, o, e);
        }
        return new Oracle.InspectResult(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                code);
    }

    /**
     * How a file's output is judged: {@code strict} (compare with mutagen's text, or with {@code - Unknown file type}
     * when mutagen's kind is unsupported and ours finds no format), or not failing with the reason
     * ({@code in progress}, {@code ours picked another kind}), or {@code unreviewed} (ours opens a kind that is in
     * neither list).
     */
    record Expectation(String kind, boolean strict, Oracle.InspectResult want, String note) {
    }

    static Expectation expectation(String path) throws IOException {
        Path p = Path.of(path);
        String kind = (String) oracle.dump(p).get("kind");
        Oracle.InspectResult mutagen = oracle.inspect(List.of(path));
        if (kind == null || SupportedKinds.isSupported(kind)) {
            return new Expectation(kind, true, mutagen, "");
        }
        Object ourKind = Dump.of(p).get("kind");
        if (ourKind == null) {
            return new Expectation(kind, true, new Oracle.InspectResult("-- " + path + "\n- Unknown file type\n\n",
                    "", 0), "");
        }
        if (!kind.equals(ourKind)) {
            return new Expectation(kind, false, mutagen, "mutagen's " + kind + " is not ported; ours picked "
                    + ourKind);
        }
        if (SupportedKinds.isInProgress(kind)) {
            return new Expectation(kind, false, mutagen, "in progress");
        }
        return new Expectation(kind, true, new Oracle.InspectResult("-- " + path + "\n- Unknown file type\n\n",
                "", 0), "ours opens " + kind + ", which is in neither SupportedKinds.KINDS nor IN_PROGRESS");
    }

    static Map<String, Object> asJson(Oracle.InspectResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stdout", r.stdout());
        m.put("stderr", r.stderr());
        m.put("exit", (long) r.exit());
        return m;
    }

    @TestFactory
    Stream<DynamicTest> everyFile() {
        return CompatFiles.allSources().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            String path = s.path().toString();
            Expectation e = expectation(path);
            Oracle.InspectResult got = ours(List.of(path));
            var diff = Differ.first("inspect", asJson(e.want()), asJson(got));
            CompatReport.Status status;
            String detail = diff.orElse("");
            if (!e.strict()) {
                status = CompatReport.Status.UNSUPPORTED;
                detail = e.note() + ": " + diff.orElse("identical");
            } else if (diff.isEmpty()) {
                status = e.kind() != null && !SupportedKinds.isSupported(e.kind())
                        ? CompatReport.Status.UNSUPPORTED : CompatReport.Status.IDENTICAL;
            } else {
                KnownDifferences.Entry k = known.match("inspect", s.id());
                status = k == null ? CompatReport.Status.DIFFERENT : CompatReport.Status.KNOWN;
                detail = (e.note().isEmpty() ? "" : e.note() + ": ") + detail
                        + (k == null ? "" : " (accepted, line " + k.line() + ": " + k.reason() + ")");
            }
            REPORT.add(new CompatReport.Outcome(s.id(), e.kind(), status, detail));
            if (status == CompatReport.Status.DIFFERENT) {
                fail(s.id() + ": " + detail);
            }
        }));
    }

    @Test
    void wholeCorpusInOneRun() throws IOException {
        List<String> paths = new ArrayList<>();
        StringBuilder want = new StringBuilder();
        for (CompatFiles.Source s : CompatFiles.allSources()) {
            Expectation e = expectation(s.path().toString());
            if (!e.strict() || known.match("inspect", s.id()) != null) {
                continue; // a file judged leniently or accepted alone would hide every other in the whole run
            }
            paths.add(s.path().toString());
            want.append(e.want().stdout());
        }
        Oracle.InspectResult got = ours(paths);
        assertEquals(new Oracle.InspectResult(want.toString(), "", 0), got);
    }

    @TestFactory
    Stream<DynamicTest> optionHandling() {
        // a file no format claims, so that the options are compared whatever formats are installed
        String file = TestFiles.corpus("image.jpg").toString();
        List<List<String>> cases = List.of(List.of(), List.of("--help"), List.of("-h"), List.of("--version"),
                List.of("-x"), List.of("--no-flac"), List.of("--no-fl=1"), List.of("--no"), List.of("--help=1"),
                List.of("--no-mp3", "x", "--", "-h"), List.of("", "/nonexistent/file.mp3"),
                List.of("--no-apev2=1", file));
        return cases.stream().map(args -> DynamicTest.dynamicTest(args.toString(), () -> {
            Oracle.InspectResult want = oracle.inspect(args);
            Oracle.InspectResult got = ours(args);
            var diff = Differ.first("inspect", asJson(want), asJson(got));
            if (diff.isPresent()) {
                fail("mutagen-inspect " + args + ": " + diff.get());
            }
        }));
    }
}
