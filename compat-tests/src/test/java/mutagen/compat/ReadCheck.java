// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Judges one case of the read differential: mutagen's dump against ours, under the rules of SupportedKinds. */
final class ReadCheck {
    private ReadCheck() {
    }

    /** {@link #judge(String, String, Map, Map, Set, Set, KnownDifferences)} with no kind in progress. */
    static CompatReport.Outcome judge(String check, String caseId, Map<String, Object> mutagen,
            Map<String, Object> ours, Set<String> supported, KnownDifferences known) {
        return judge(check, caseId, mutagen, ours, supported, Set.of(), known);
    }

    /**
     * The outcome of a case. Supported kinds (and files no format claims) must be identical or accepted by an entry
     * of the known differences; a kind in progress is compared and reported as unsupported; an unsupported kind
     * expects "no format" from us, or any other kind of ours (mutagen's winner is not ported).
     */
    static CompatReport.Outcome judge(String check, String caseId, Map<String, Object> mutagen,
            Map<String, Object> ours, Set<String> supported, Set<String> inProgress, KnownDifferences known) {
        String kind = (String) mutagen.get("kind");
        Object ourKind = ours.get("kind");
        Optional<String> diff;
        if (kind != null && !supported.contains(kind)) {
            if (ourKind == null && ours.get("error") == null) {
                return outcome(caseId, kind, CompatReport.Status.UNSUPPORTED, "");
            }
            if (!kind.equals(ourKind)) {
                return outcome(caseId, kind, CompatReport.Status.UNSUPPORTED, "mutagen's " + kind
                        + " is not ported; ours picked " + ourKind
                        + (ours.get("error") != null ? " and failed: " + Differ.show(ours.get("error")) : ""));
            }
            if (inProgress.contains(kind)) {
                return outcome(caseId, kind, CompatReport.Status.UNSUPPORTED, "in progress: "
                        + Differ.firstDifference(mutagen, ours).orElse("identical"));
            }
            diff = Optional.of("kind: ours opens " + kind + ", which is in neither SupportedKinds.KINDS nor"
                    + " IN_PROGRESS: review it into one of them");
        } else {
            diff = Differ.firstDifference(mutagen, ours);
        }
        if (diff.isEmpty()) {
            return outcome(caseId, kind, CompatReport.Status.IDENTICAL, "");
        }
        KnownDifferences.Entry accepted = known.match(check, caseId);
        if (accepted != null) {
            return outcome(caseId, kind, CompatReport.Status.KNOWN,
                    diff.get() + " (accepted, line " + accepted.line() + ": " + accepted.reason() + ")");
        }
        return outcome(caseId, kind, CompatReport.Status.DIFFERENT, diff.get());
    }

    private static CompatReport.Outcome outcome(String caseId, String kind, CompatReport.Status s, String detail) {
        return new CompatReport.Outcome(caseId, kind, s, detail);
    }
}
