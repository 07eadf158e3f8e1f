// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;

/** A way to start the {@link Oracle}: a local python3, or a container. */
public interface OracleLauncher {

    /** A short name: {@code local} or {@code docker}. */
    String name();

    /** Why this launcher cannot run here, or {@code null} when it can. Cheap enough to call once per run. */
    String unavailableReason();

    /** How a developer makes this launcher available (printed when no launcher is). */
    String setupHint();

    /** Starts a worker. */
    Oracle start() throws IOException;
}
