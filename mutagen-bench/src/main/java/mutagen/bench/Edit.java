// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Options;

/**
 * The one-field edit of the save benchmark, in a format-neutral way: files are opened with {@code easy} variants
 * (EasyMP3, EasyMP4, ...), whose values are lists of strings, and the {@value #KEY} field is set.
 */
public final class Edit {
    /** The field that is edited. */
    public static final String KEY = "title";

    private Edit() {
    }

    /** Opens a file with the easy variants of every installed format. */
    public static FileType openEasy(Path path) throws IOException {
        return File.open(path, Options.defaults().withEasy(true))
                .orElseThrow(() -> new MutagenError("no installed format opens " + path));
    }

    /** Sets {@value #KEY} to one value: as a list of strings, or as a plain string if the tags want that. */
    public static void setTitle(FileType f, String value) throws MutagenError {
        List<String> values = new ArrayList<>(1);
        values.add(value);
        try {
            f.put(KEY, values);
        } catch (IllegalArgumentException | ClassCastException e) {
            f.put(KEY, value);
        }
    }

    /** A value long enough that setting it outgrows any padding mutagen keeps ({@code 10240 + size / 100}). */
    public static String outgrowingValue(long fileSize) {
        return "x".repeat((int) Math.min(1 << 24, 16384 + fileSize / 50));
    }

    /**
     * Turns a copy of {@code original} into the template of the save benchmark: the title is set once and saved,
     * so that the file has whatever padding the format writes by default.
     */
    public static void makeTemplate(Path original, Path template) throws IOException {
        Files.copy(original, template, StandardCopyOption.REPLACE_EXISTING);
        template.toFile().setWritable(true);
        FileType f = openEasy(template);
        setTitle(f, "mutagen-bench");
        f.save();
    }

    /** Whether the one-field edit and save work on a copy of the file (tried in {@code tempDir}). */
    public static boolean canSave(Path original, Path tempDir) {
        Path copy = tempDir.resolve("probe-" + original.getFileName());
        try {
            makeTemplate(original, copy);
            FileType again = openEasy(copy);
            setTitle(again, outgrowingValue(Files.size(copy)));
            again.save();
            return openEasy(copy).keys().stream().anyMatch(k -> k.equalsIgnoreCase(KEY));
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                // a leftover probe file in a temp folder is harmless
            }
        }
    }
}
