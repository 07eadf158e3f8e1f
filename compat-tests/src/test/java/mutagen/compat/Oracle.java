// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The reference: Python mutagen 1.48.1 answering requests (see {@code src/test/python/oracle.py}). One instance
 * serves a whole test run; how it is started is a {@link OracleLauncher}'s business.
 */
public interface Oracle extends AutoCloseable {

    /** What mutagen-inspect printed and returned. */
    record InspectResult(String stdout, String stderr, int exit) {
    }

    /** Which launcher started this oracle and where its mutagen lives, for reports. */
    String description();

    /**
     * mutagen's view of a file, in the JSON form that {@link Dump} also produces (error classes already in our
     * naming, see {@link ErrorNames}).
     */
    Map<String, Object> dump(Path path) throws IOException;

    /** Exactly what {@code mutagen-inspect ARGS...} prints (stdout, stderr) and its exit code. */
    InspectResult inspect(List<String> args) throws IOException;

    /**
     * Applies an edit script (see {@link EditOp}) with mutagen and saves as the script says. Returns
     * {@code {"error": null | {"class", "message"}, "done": N}} where N counts the ops that completed.
     */
    Map<String, Object> edit(Path path, List<Map<String, Object>> ops) throws IOException;

    /** Stops the worker. */
    @Override
    void close();
}
