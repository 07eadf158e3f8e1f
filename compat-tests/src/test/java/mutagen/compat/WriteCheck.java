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

    /** Runs the script on two copies of {@code source} in {@code dir}; the first difference, if any. */
    Optional<String> run(Path source, List<Map<String, Object>> ops, Path dir) throws IOException {
        Path theirs = copy(source, dir.resolve("mutagen"));
        Path ours = copy(source, dir.resolve("ours"));
        Map<String, Object> theirResult = mutagenWriter.edit(theirs, ops);
        Map<String, Object> ourResult = ourWriter.edit(ours, ops);
        Optional<String> d = Differ.first("edit", comparable(theirResult), comparable(ourResult));
        if (d.isPresent()) {
            return d;
        }
        d = firstByteDifference(Files.readAllBytes(theirs), Files.readAllBytes(ours));
        if (d.isPresent()) {
            return d;
        }
        Map<String, Object> reference = mutagenReader.dump(theirs);
        d = Differ.firstDifference(reference, mutagenReader.dump(ours)).map(s -> "mutagen reading ours: " + s);
        if (d.isPresent()) {
            return d;
        }
        return Differ.firstDifference(reference, ourReader.dump(theirs)).map(s -> "ours reading mutagen's: " + s);
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
            for (Map.Entry<String, String> b : BUILTIN_ERRORS.entrySet()) {
                if (b.getKey().equals(cls) || b.getValue().equals(cls)) {
                    out.put("error", Map.of("class", b.getKey() + "/" + b.getValue()));
                }
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
