// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;

/**
 * The one oracle of a test run, started on first use and stopped when the JVM exits; every test class shares it.
 * A failure to start is remembered and rethrown, so each test fails with the same explanation.
 */
final class Oracles {
    private static Oracle shared;
    private static AssertionError failure;

    private Oracles() {
    }

    /** The shared oracle; throws an {@link AssertionError} that says how to set one up when none can start. */
    static synchronized Oracle shared() {
        if (failure != null) {
            throw failure;
        }
        if (shared == null) {
            try {
                OracleLauncher launcher = OracleLaunchers.select(OracleLaunchers.mode(),
                        OracleLaunchers.defaults());
                System.out.println("[oracle] launcher " + launcher.name() + ", chosen by "
                        + OracleLaunchers.modeSource());
                Oracle oracle = launcher.start();
                Runtime.getRuntime().addShutdownHook(new Thread(oracle::close, "mutagen-oracle-stop"));
                shared = oracle;
            } catch (AssertionError e) {
                failure = e;
                throw e;
            } catch (IOException | RuntimeException e) {
                failure = new AssertionError("the mutagen oracle could not start: " + e.getMessage(), e);
                throw failure;
            }
        }
        return shared;
    }
}
