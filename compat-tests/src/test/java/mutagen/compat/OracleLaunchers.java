// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses how to start the oracle. The mode comes from {@code -Dmutagen.oracle.launcher} (else the environment
 * variable {@code MUTAGEN_ORACLE_LAUNCHER}): {@code docker} (the default: a container through Testcontainers, as the
 * design asks), {@code local} (a python3 with mutagen 1.48.1 on this machine, the fast choice for local runs, only
 * when asked for), or {@code auto} (local first, then a Docker engine; also only when asked for). With no usable
 * launcher the run fails with a message saying what is missing and how to set one up: nothing is skipped.
 */
final class OracleLaunchers {
    private OracleLaunchers() {
    }

    /** The first usable launcher that the mode allows, in the order given; fails with a setup message if none. */
    static OracleLauncher select(String mode, List<OracleLauncher> candidates) {
        String m = mode == null || mode.isBlank() ? DEFAULT_MODE : mode.trim();
        if (!m.equals("auto") && candidates.stream().noneMatch(c -> c.name().equals(m))) {
            throw new AssertionError("unknown -Dmutagen.oracle.launcher=" + m + ": use auto, local or docker");
        }
        List<String> reasons = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        for (OracleLauncher c : candidates) {
            if (!m.equals("auto") && !c.name().equals(m)) {
                continue;
            }
            String reason = c.unavailableReason();
            if (reason == null) {
                return c;
            }
            reasons.add(c.name() + ": " + reason);
            hints.add(c.setupHint());
        }
        throw new AssertionError("The compatibility tests need Python mutagen 1.48.1 as their oracle, and no way to"
                + " start it is available (launcher mode " + m + ").\n  " + String.join("\n  ", reasons)
                + "\nSet one up:\n  " + String.join("\n  ", hints)
                + (m.equals("docker") ? "\nOr choose the local launcher explicitly (no Docker):"
                        + " -Dmutagen.oracle.launcher=local (after ../shared/oracle/install-mutagen.sh"
                        + " ~/.cache/mutagen-oracle)" : ""));
    }

    /** A setting: the system property when set and not blank, else the environment variable, else {@code null}. */
    static String setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The mode when none is set: the container. The local launcher is chosen explicitly. */
    static final String DEFAULT_MODE = "docker";

    /** The launcher mode of this run. */
    static String mode() {
        return setting("mutagen.oracle.launcher", "MUTAGEN_ORACLE_LAUNCHER");
    }

    /** Where the mode of this run comes from, for the selection line the run prints. */
    static String modeSource() {
        String p = System.getProperty("mutagen.oracle.launcher");
        if (p != null && !p.isBlank()) {
            return "-Dmutagen.oracle.launcher=" + p.trim();
        }
        String e = System.getenv("MUTAGEN_ORACLE_LAUNCHER");
        return e != null && !e.isBlank() ? "MUTAGEN_ORACLE_LAUNCHER=" + e.trim()
                : "the default (-Dmutagen.oracle.launcher=local for the local python3)";
    }

    /** The launchers of this machine in auto order. */
    static List<OracleLauncher> defaults() {
        return List.of(LocalPythonLauncher.fromSystemProperties(), new DockerOracleLauncher());
    }
}
