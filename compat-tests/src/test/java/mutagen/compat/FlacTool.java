// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code flac --test --silent FILE} (the reference decoder, Debian's {@code flac} package) on the FLAC files we
 * write: a saved file must decode as well as the file it was made from. Most sources decode cleanly, so their
 * edits must too; a source the decoder fails on (flac_application.flac and variable-block.flac are truncated, a
 * trailing ID3v1 tag makes it lose sync) must decode cleanly or give the same report after the edit, file name
 * aside.
 */
final class FlacTool {
    private FlacTool() {
    }

    private static final Map<Path, String> SOURCE_REPORTS = new ConcurrentHashMap<>();

    /** The flac executable: {@code -Dmutagen.flac=PATH}, else /usr/bin/flac, else the first on PATH. */
    static Path executable() {
        java.util.List<Path> candidates = new java.util.ArrayList<>();
        candidates.add(Path.of("/usr/bin/flac"));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, "flac"));
                }
            }
        }
        return executable(System.getProperty("mutagen.flac"), candidates);
    }

    /** The configured executable, else the first executable candidate; else an error saying to install flac. */
    static Path executable(String configured, java.util.List<Path> candidates) {
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p : candidates) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException("the FLAC write matrix checks every file we save with `flac --test`, but no"
                + " flac executable was found (not /usr/bin/flac, not on PATH): install it (`apt-get install flac`,"
                + " as .ci/run does) or name it with -Dmutagen.flac=PATH");
    }

    /** "OK", or the exit code and output of {@code flac --test --silent}, with the file's name as FILE. */
    static String report(Path file) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(executable().toString(), "--test", "--silent", file.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("flac --test did not finish in 60 s on " + file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() == 0) {
            return "OK";
        }
        String text = new String(out, StandardCharsets.UTF_8).replace(file.toString(), "FILE")
                .replace(file.getFileName().toString(), "FILE");
        // the decoder pads its continuation lines to the file name's width
        return "exit " + p.exitValue() + ": " + text.replaceAll("\\s+", " ").trim();
    }

    /** Empty when our saved file decodes as well as its source; else what flac said. */
    static Optional<String> check(Path saved, Path source) throws IOException {
        String expected = SOURCE_REPORTS.get(source);
        if (expected == null) {
            expected = report(source);
            SOURCE_REPORTS.put(source, expected);
        }
        String got = report(saved);
        // a clean decode is always right (deleteid3 may remove the ID3v1 tag the decoder tripped on)
        if (got.equals("OK") || got.equals(expected)) {
            return Optional.empty();
        }
        return Optional.of("flac --test on our file: " + got + (expected.equals("OK") ? ""
                : " (on the source: " + expected + ")"));
    }
}
