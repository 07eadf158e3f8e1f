// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Collects the outcome of every case of one check (read, inspect, write) and writes
 * {@code target/compat-report.md}: per format, files compared, identical, different (with the first difference of
 * each), accepted and unsupported. Each check writes its own section file beside the report, and the report is
 * rebuilt from all section files, so test classes can run in any order or alone.
 */
final class CompatReport {
    /** How a case ended. */
    enum Status { IDENTICAL, DIFFERENT, KNOWN, UNSUPPORTED }

    /** One case. */
    record Outcome(String caseId, String kind, Status status, String detail) {
    }

    private final String check;
    private final String title;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    CompatReport(String check, String title) {
        this.check = check;
        this.title = title;
    }

    synchronized void add(Outcome o) {
        outcomes.add(o);
    }

    synchronized void note(String line) {
        notes.add(line);
    }

    synchronized List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** The section text. */
    synchronized String section(KnownDifferences known) {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(title).append("\n\n");
        for (String n : notes) {
            sb.append(n).append("\n");
        }
        if (!notes.isEmpty()) {
            sb.append("\n");
        }
        Map<String, int[]> perKind = new TreeMap<>();
        for (Outcome o : outcomes) {
            int[] c = perKind.computeIfAbsent(o.kind() == null ? "(no format)" : o.kind(), k -> new int[5]);
            c[0]++;
            c[1 + o.status().ordinal()]++;
        }
        sb.append("| format (mutagen kind) | compared | identical | different | accepted | unsupported |\n");
        sb.append("|---|---:|---:|---:|---:|---:|\n");
        int[] total = new int[5];
        for (Map.Entry<String, int[]> e : perKind.entrySet()) {
            int[] c = e.getValue();
            sb.append("| ").append(e.getKey());
            for (int i = 0; i < 5; i++) {
                sb.append(" | ").append(c[i]);
                total[i] += c[i];
            }
            sb.append(" |\n");
        }
        sb.append("| **all**");
        for (int t : total) {
            sb.append(" | ").append(t);
        }
        sb.append(" |\n\n");
        appendList(sb, "Differences (not in known-differences.txt: these fail the build)", Status.DIFFERENT);
        appendList(sb, "Accepted differences (known-differences.txt)", Status.KNOWN);
        appendList(sb, "Unsupported or in progress (not failing): what ours did", Status.UNSUPPORTED);
        List<KnownDifferences.Entry> unused = known.unused(check);
        if (!unused.isEmpty()) {
            sb.append("### Entries of known-differences.txt that matched nothing in this run\n\n");
            for (KnownDifferences.Entry e : unused) {
                sb.append("- line ").append(e.line()).append(": `").append(e.casePattern()).append("`\n");
            }
            sb.append("\n");
        }
        return sb.toString();
    }

    private void appendList(StringBuilder sb, String heading, Status status) {
        List<Outcome> list = outcomes.stream().filter(o -> o.status() == status && !o.detail().isEmpty()).toList();
        if (list.isEmpty()) {
            return;
        }
        sb.append("### ").append(heading).append("\n\n");
        for (Outcome o : list) {
            sb.append("- `").append(o.caseId()).append("` (").append(o.kind()).append("): ")
                    .append(o.detail().replace("\n", "\\n")).append("\n");
        }
        sb.append("\n");
    }

    /** Writes this check's section and rebuilds the whole report from every section written so far. */
    void write(KnownDifferences known, String oracleDescription) {
        Path report = CompatFiles.report();
        Path sections = report.resolveSibling("compat-report");
        try {
            Files.createDirectories(sections);
            Files.writeString(sections.resolve(check + ".md"), section(known), StandardCharsets.UTF_8);
            StringBuilder all = new StringBuilder("# mutagen-java compatibility report\n\n");
            all.append("Oracle: ").append(oracleDescription).append("  \n");
            all.append("Supported kinds (SupportedKinds.java): ")
                    .append(SupportedKinds.KINDS.isEmpty() ? "none yet" : String.join(", ",
                            new java.util.TreeSet<>(SupportedKinds.KINDS)))
                    .append("\n\n");
            try (Stream<Path> s = Files.list(sections)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    all.append(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            Files.writeString(report, all.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
