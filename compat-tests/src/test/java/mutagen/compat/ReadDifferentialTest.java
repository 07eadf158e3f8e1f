// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read differential: every corpus file and fixture, and damaged copies of each (see {@link Mutations}), read by
 * mutagen and by us; kind, error class and message, mime, info, pprint, tags and extras must be identical for the
 * supported kinds.
 */
class ReadDifferentialTest {
    @TempDir
    static Path work;

    private static final CompatReport REPORT = new CompatReport("read", "Read differential (dump of every file)");
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
            long damaged = REPORT.outcomes().stream().filter(o -> o.caseId().contains("#")).count();
            REPORT.note("Cases: " + (REPORT.outcomes().size() - damaged) + " files (corpus and test-files) and "
                    + damaged + " damaged copies of them (ids with #).");
            REPORT.write(known, oracle.description());
        }
    }

    @TestFactory
    Stream<DynamicNode> everyFileAndItsMutations() {
        List<DynamicNode> nodes = new ArrayList<>();
        int n = 0;
        for (CompatFiles.Source source : CompatFiles.allSources()) {
            Path dir = work.resolve("m" + n++);
            List<DynamicNode> cases = new ArrayList<>();
            cases.add(DynamicTest.dynamicTest("original", () -> check(source.id(), source.path())));
            cases.add(DynamicTest.dynamicTest("mutations", () -> {
                List<String> failures = new ArrayList<>();
                for (Mutations.Mutation m : Mutations.of(TestFiles.bytes(source.path()))) {
                    Path copy = write(dir.resolve(m.id().replace('/', '_')), source.path().getFileName(), m.data());
                    String failure = compare(source.id() + "#" + m.id(), copy);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
                if (!failures.isEmpty()) {
                    fail(failures.size() + " damaged copies differ:\n" + String.join("\n", failures));
                }
            }));
            nodes.add(DynamicContainer.dynamicContainer(source.id(), cases));
        }
        return nodes.stream();
    }

    private static Path write(Path dir, Path name, byte[] data) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(name.toString());
        Files.write(p, data);
        return p;
    }

    private static void check(String caseId, Path path) throws IOException {
        String failure = compare(caseId, path);
        if (failure != null) {
            fail(failure);
        }
    }

    /** Compares one file; returns the failure text of an unaccepted difference, else null. */
    static String compare(String caseId, Path path) throws IOException {
        Map<String, Object> mutagen = oracle.dump(path);
        Map<String, Object> ours = Dump.of(path);
        CompatReport.Outcome o = ReadCheck.judge("read", caseId, mutagen, ours, SupportedKinds.KINDS,
                SupportedKinds.IN_PROGRESS, known);
        REPORT.add(o);
        return o.status() == CompatReport.Status.DIFFERENT ? caseId + ": " + o.detail() : null;
    }
}
