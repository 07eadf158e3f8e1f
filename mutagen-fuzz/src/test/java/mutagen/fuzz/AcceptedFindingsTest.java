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
        byte[] mp4 = Files.readAllBytes(INPUTS.resolve(
                "FormatFuzzTestInputs/mp4/crash-403d7280c0f27889bed7e4dd5405419b9beb3d0d"));
        assertTrue(AcceptedFindings.accepted(mp4, "reopen"));
        assertFalse(AcceptedFindings.accepted(mp4, "edit"));
        assertFalse(AcceptedFindings.accepted(new byte[] {1, 2, 3}, "reopen"));
    }
}
