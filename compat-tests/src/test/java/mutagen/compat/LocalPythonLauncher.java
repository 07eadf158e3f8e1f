// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts {@code oracle.py} with a local {@code python3} and the mutagen installed by
 * {@code shared/oracle/install-mutagen.sh DIR}: {@code PYTHONPATH=DIR/root/usr/lib/python3/dist-packages}, where DIR
 * is the system property {@code mutagen.oracle} (default {@code ~/.cache/mutagen-oracle}). DIR may also be a plain
 * site-packages folder holding {@code mutagen/}.
 */
final class LocalPythonLauncher implements OracleLauncher {
    private final Path oracleDir;
    private final String python;
    private final Path script;

    LocalPythonLauncher(Path oracleDir, String python, Path script) {
        this.oracleDir = oracleDir;
        this.python = python;
        this.script = script;
    }

    /** The launcher configured by system properties. */
    static LocalPythonLauncher fromSystemProperties() {
        String dir = System.getProperty("mutagen.oracle");
        Path oracleDir = dir == null || dir.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "mutagen-oracle") : Path.of(dir);
        return new LocalPythonLauncher(oracleDir, System.getProperty("mutagen.oracle.python", "python3"),
                CompatFiles.oracleScript());
    }

    /** The folder to put on PYTHONPATH. */
    Path sitePackages() {
        Path debian = oracleDir.resolve("root/usr/lib/python3/dist-packages");
        return Files.isDirectory(debian.resolve("mutagen")) ? debian : oracleDir;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String unavailableReason() {
        if (!Files.isRegularFile(sitePackages().resolve("mutagen/__init__.py"))) {
            return "no mutagen installed under " + oracleDir.toAbsolutePath()
                    + " (looked for root/usr/lib/python3/dist-packages/mutagen and mutagen/)";
        }
        if (findExecutable(python) == null) {
            return "no '" + python + "' executable on PATH";
        }
        return null;
    }

    @Override
    public String setupHint() {
        return "local: run ../shared/oracle/install-mutagen.sh DIR (it fetches Debian's python3-mutagen 1.48.1) and"
                + " pass -Dmutagen.oracle=DIR to Maven (default ~/.cache/mutagen-oracle), with python3 on PATH";
    }

    @Override
    public Oracle start() throws IOException {
        Process process = startProcess(List.of());
        return new JsonLinesOracle("local " + python + " " + script.getFileName(), process.getInputStream(),
                process.getOutputStream(), () -> stop(process));
    }

    /** Starts the worker process with extra arguments (e.g. {@code --listen HOST:PORT}, as in the container). */
    Process startProcess(List<String> args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(python, "-u", script.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PYTHONPATH", sitePackages().toAbsolutePath().toString());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    static void stop(Process process) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (IOException | InterruptedException e) {
            process.destroy();
        }
    }

    private static Path findExecutable(String name) {
        if (name.contains(File.separator)) {
            Path p = Path.of(name);
            return Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir).resolve(name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
