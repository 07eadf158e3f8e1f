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

    /** What we must print for one file: mutagen's text, or "- Unknown file type" for a kind we do not support. */
    static Oracle.InspectResult expected(String path) throws IOException {
        String kind = (String) oracle.dump(java.nio.file.Path.of(path)).get("kind");
        if (kind != null && !SupportedKinds.isSupported(kind)) {
            return new Oracle.InspectResult("-- " + path + "\n- Unknown file type\n\n", "", 0);
        }
        return oracle.inspect(List.of(path));
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
            String kind = (String) oracle.dump(s.path()).get("kind");
            Oracle.InspectResult want = expected(path);
            Oracle.InspectResult got = ours(List.of(path));
            var diff = Differ.first("inspect", asJson(want), asJson(got));
            CompatReport.Status status;
            String detail = diff.orElse("");
            if (diff.isEmpty()) {
                status = kind != null && !SupportedKinds.isSupported(kind)
                        ? CompatReport.Status.UNSUPPORTED : CompatReport.Status.IDENTICAL;
            } else {
                KnownDifferences.Entry e = known.match("inspect", s.id());
                status = e == null ? CompatReport.Status.DIFFERENT : CompatReport.Status.KNOWN;
                if (e != null) {
                    detail += " (accepted, line " + e.line() + ": " + e.reason() + ")";
                }
            }
            REPORT.add(new CompatReport.Outcome(s.id(), kind, status, detail));
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
            if (known.match("inspect", s.id()) != null) {
                continue; // an accepted difference of one file would hide every other in the whole run
            }
            paths.add(s.path().toString());
            want.append(expected(s.path().toString()).stdout());
        }
        Oracle.InspectResult got = ours(paths);
        assertEquals(new Oracle.InspectResult(want.toString(), "", 0), got);
    }

    @TestFactory
    Stream<DynamicTest> optionHandling() {
        String file = CompatFiles.allSources().get(0).path().toString();
        List<List<String>> cases = List.of(List.of(), List.of("--help"), List.of("-h"), List.of("--version"),
                List.of("-x"), List.of("--no-flac"), List.of("--no-fl=1"), List.of("--no"), List.of("--help=1"),
                List.of("--no-mp3", "x", "--", "-h"), List.of("", "/nonexistent/file.mp3"),
                List.of("--no-apev2=1", file));
        return cases.stream().map(args -> DynamicTest.dynamicTest(args.toString(), () -> {
            Oracle.InspectResult want = args.contains(file) ? expected(file) : oracle.inspect(args);
            Oracle.InspectResult got = ours(args);
            var diff = Differ.first("inspect", asJson(want), asJson(got));
            if (diff.isPresent()) {
                fail("mutagen-inspect " + args + ": " + diff.get());
            }
        }));
    }
}
