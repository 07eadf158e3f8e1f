// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reviewed list of accepted differences, {@code compat-tests/known-differences.txt}. One entry a line:
 * {@code CHECK CASE -- REASON}, where CHECK is {@code read}, {@code inspect} or {@code write}, CASE is a case id
 * ({@code corpus/NAME}, {@code corpus/NAME#trunc@1/8}, {@code test-files/REL}, {@code FLAC/script-name}) in which
 * {@code *} matches any run of characters, and REASON (required) says why the difference is accepted, with an issue
 * number where there is one. {@code #} starts a comment line. A difference that no entry covers fails the build.
 */
final class KnownDifferences {
    /** One accepted difference. */
    record Entry(int line, String check, String casePattern, Pattern regex, String reason) {
    }

    private final List<Entry> entries;
    private final Set<Entry> used = Collections.synchronizedSet(new LinkedHashSet<>());

    KnownDifferences(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The project's list. */
    static KnownDifferences load() {
        Path file = CompatFiles.knownDifferences();
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses the lines of the list; a malformed line is an error (the list is reviewed, not guessed at). */
    static KnownDifferences parse(List<String> lines, String source) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int sep = line.indexOf(" -- ");
            String[] head = (sep < 0 ? line : line.substring(0, sep)).trim().split("\\s+");
            String reason = sep < 0 ? "" : line.substring(sep + 4).trim();
            if (head.length != 2 || !Set.of("read", "inspect", "write").contains(head[0]) || reason.isEmpty()) {
                throw new IllegalArgumentException(source + ":" + (i + 1)
                        + ": expected 'read|inspect|write CASE -- REASON', got: " + line);
            }
            out.add(new Entry(i + 1, head[0], head[1], glob(head[1]), reason));
        }
        return new KnownDifferences(out);
    }

    private static Pattern glob(String pattern) {
        List<String> parts = new ArrayList<>();
        for (String part : pattern.split("\\*", -1)) {
            parts.add(Pattern.quote(part));
        }
        return Pattern.compile(String.join(".*", parts));
    }

    /** The entry accepting a difference of this check on this case, or null. */
    Entry match(String check, String caseId) {
        for (Entry e : entries) {
            if (e.check().equals(check) && e.regex().matcher(caseId).matches()) {
                used.add(e);
                return e;
            }
        }
        return null;
    }

    /** The entries of a check that matched no difference in this run (reported, so the list stays current). */
    List<Entry> unused(String check) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.check().equals(check) && !used.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
