// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mutagen.testkit.TestFiles;

/**
 * One case of the write differential: the same script applied by two writers to two copies of a file; then the
 * edit results, the saved bytes, and the cross-reads (mutagen reading our file, us reading mutagen's file) are
 * compared with mutagen's reading of mutagen's file. Writers and readers are parameters, so the harness can be
 * tested on its own.
 */
final class WriteCheck {
    /** Applies a script to a file; returns {@code {"error", "done"}}. */
    @FunctionalInterface
    interface Writer {
        Map<String, Object> edit(Path path, List<Map<String, Object>> ops) throws IOException;
    }

    /** Reads a file into a dump. */
    @FunctionalInterface
    interface Reader {
        Map<String, Object> dump(Path path) throws IOException;
    }

    private final Writer mutagenWriter;
    private final Writer ourWriter;
    private final Reader mutagenReader;
    private final Reader ourReader;

    WriteCheck(Writer mutagenWriter, Writer ourWriter, Reader mutagenReader, Reader ourReader) {
        this.mutagenWriter = mutagenWriter;
        this.ourWriter = ourWriter;
        this.mutagenReader = mutagenReader;
        this.ourReader = ourReader;
    }

    /**
     * Every comparison of one case: the edit results, the saved bytes, mutagen reading our file and us reading
     * mutagen's file (each against mutagen reading mutagen's file); {@code ours} is our saved file.
     */
    record Result(Optional<String> edit, Optional<String> bytes, Optional<String> mutagenReadsOurs,
            Optional<String> oursReadsMutagens, Path ours, boolean ourEditFailed, boolean theirEditFailed) {
        /** Whether mutagen reads our file and we read mutagen's file as mutagen reads its own. */
        boolean crossReadOk() {
            return mutagenReadsOurs.isEmpty() && oursReadsMutagens.isEmpty();
        }

        /** The first difference, in the order edit, bytes, mutagen reading ours, ours reading mutagen's. */
        Optional<String> first() {
            return edit.or(() -> bytes).or(() -> mutagenReadsOurs).or(() -> oursReadsMutagens);
        }
    }

    /** Runs the script on two copies of {@code source} in {@code dir}; the first difference, if any. */
    Optional<String> run(Path source, List<Map<String, Object>> ops, Path dir) throws IOException {
        return runAll(source, ops, dir).first();
    }

    /** Runs the script on two copies of {@code source} in {@code dir} and makes every comparison. */
    Result runAll(Path source, List<Map<String, Object>> ops, Path dir) throws IOException {
        Path theirs = copy(source, dir.resolve("mutagen"));
        Path ours = copy(source, dir.resolve("ours"));
        Map<String, Object> theirResult = mutagenWriter.edit(theirs, ops);
        Map<String, Object> ourResult = ourWriter.edit(ours, ops);
        Optional<String> edit = Differ.first("edit", comparable(theirResult), comparable(ourResult));
        Optional<String> bytes = firstByteDifference(Files.readAllBytes(theirs), Files.readAllBytes(ours));
        Map<String, Object> reference = mutagenReader.dump(theirs);
        Optional<String> mutagenReadsOurs = Differ.firstDifference(reference, mutagenReader.dump(ours))
                .map(s -> "mutagen reading ours: " + s);
        Optional<String> oursReadsMutagens = Differ.firstDifference(reference, ourReader.dump(theirs))
                .map(s -> "ours reading mutagen's: " + s);
        return new Result(edit, bytes, mutagenReadsOurs, oursReadsMutagens, ours, ourResult.get("error") != null,
                theirResult.get("error") != null);
    }

    /**
     * Python's built-in exceptions that our API raises as their Java counterparts (see docs/API-MAPPING.md):
     * compared by class only, since the message of a {@code KeyError} is the key's repr.
     */
    static final Map<String, String> BUILTIN_ERRORS = Map.of(
            "KeyError", "NoSuchElementException",
            "ValueError", "IllegalArgumentException",
            "TypeError", "IllegalArgumentException",
            "NotImplementedError", "UnsupportedOperationException");

    /** An edit result with Python built-in errors and their Java counterparts made comparable. */
    static Map<String, Object> comparable(Map<String, Object> result) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(result);
        if (result.get("error") instanceof Map) {
            Map<?, ?> err = (Map<?, ?>) result.get("error");
            Object cls = err.get("class");
            // Python's ValueError and TypeError are both our IllegalArgumentException: compare by the Java name
            String java = BUILTIN_ERRORS.containsValue(cls) ? (String) cls : BUILTIN_ERRORS.get(cls);
            if (java != null) {
                out.put("error", Map.of("class", java + " (or its Python counterpart)"));
            }
        }
        return out;
    }

    private static Path copy(Path source, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(source.getFileName().toString());
        Files.write(p, TestFiles.bytes(source));
        return p;
    }

    /** {@code bytes: ...} naming the first differing offset, or the sizes. */
    static Optional<String> firstByteDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return Optional.of(String.format("bytes: first difference at offset %d (0x%x): mutagen 0x%02x,"
                        + " ours 0x%02x; sizes %d and %d", i, i, a[i] & 0xff, b[i] & 0xff, a.length, b.length));
            }
        }
        if (a.length != b.length) {
            return Optional.of("bytes: mutagen's file has " + a.length + " bytes, ours " + b.length
                    + " (identical up to " + n + ")");
        }
        return Optional.empty();
    }
}
