// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Judges one case of the read differential: mutagen's dump against ours, under the supported-kinds rule. */
final class ReadCheck {
    private ReadCheck() {
    }

    /**
     * The outcome of a case. A kind mutagen picks that is not supported expects "no format" from us (unsupported,
     * not a failure); everything else must be identical or accepted by an entry of the known differences.
     */
    static CompatReport.Outcome judge(String check, String caseId, Map<String, Object> mutagen,
            Map<String, Object> ours, Set<String> supported, KnownDifferences known) {
        String kind = (String) mutagen.get("kind");
        Optional<String> diff;
        if (kind != null && !supported.contains(kind)) {
            if (ours.get("kind") == null && ours.get("error") == null) {
                return new CompatReport.Outcome(caseId, kind, CompatReport.Status.UNSUPPORTED, "");
            }
            diff = Optional.of("kind: mutagen picks " + kind + ", which is not in SupportedKinds, so ours should"
                    + " find no format; ours gave kind " + Differ.show(ours.get("kind")) + ", error "
                    + Differ.show(ours.get("error")) + (kind.equals(ours.get("kind"))
                            ? " (if this format is ported, review it and add it to SupportedKinds)" : ""));
        } else {
            diff = Differ.firstDifference(mutagen, ours);
        }
        if (diff.isEmpty()) {
            return new CompatReport.Outcome(caseId, kind, CompatReport.Status.IDENTICAL, "");
        }
        KnownDifferences.Entry accepted = known.match(check, caseId);
        if (accepted != null) {
            return new CompatReport.Outcome(caseId, kind, CompatReport.Status.KNOWN,
                    diff.get() + " (accepted, line " + accepted.line() + ": " + accepted.reason() + ")");
        }
        return new CompatReport.Outcome(caseId, kind, CompatReport.Status.DIFFERENT, diff.get());
    }
}
