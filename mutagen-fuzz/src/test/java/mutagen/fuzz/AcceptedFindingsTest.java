// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The accepted findings are kept regression inputs, each with the rule it is allowed to break, and no other. */
class AcceptedFindingsTest {
    private static final Path INPUTS = Path.of("src/test/resources/mutagen/fuzz");

    private static List<Path> regressionInputs() throws IOException {
        try (Stream<Path> s = Files.walk(INPUTS)) {
            return s.filter(p -> p.getFileName().toString().matches("(crash|timeout)-[0-9a-f]{40}"))
                    .collect(Collectors.toList());
        }
    }

    @Test
    void everyListedInputIsAKeptRegressionInput() throws IOException {
        List<String> kept = regressionInputs().stream().map(p -> p.getFileName().toString().substring(
                p.getFileName().toString().indexOf('-') + 1)).collect(Collectors.toList());
        for (String line : Files.readAllLines(INPUTS.resolve("accepted-findings.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String sha1 = line.split("\\s+")[0];
                assertTrue(kept.contains(sha1), "accepted-findings.txt lists " + sha1 + ", which is not kept");
            }
        }
    }

    @Test
    void anInputIsAcceptedOnlyForItsRule() throws IOException {
        byte[] wavpack = Files.readAllBytes(INPUTS.resolve(
                "FormatFuzzTestInputs/wavpack/crash-e454441e2de6cb39823abe5004f2b10283c00556"));
        assertTrue(AcceptedFindings.accepted(wavpack, "reopen"));
        assertFalse(AcceptedFindings.accepted(wavpack, "edit"));
        assertFalse(AcceptedFindings.accepted(new byte[] {1, 2, 3}, "reopen"));
    }
}
