// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.example;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.PaddingFunction;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * A MUTAGEN-EXAMPLE file: its {@link ExampleInfo} and its {@link ExampleTags} (or none).
 *
 * <p>The shape every format class has: constructors from a path and from a source, {@link #info()} and
 * {@link #tags()} with covariant types, {@link #mime()}, {@link #addTags()}, and saving and deleting through the
 * protected hooks of {@link FileType}, with a typed overload for mutagen's keyword argument {@code padding=}.
 */
public final class ExampleFile extends FileType {
    // One place where an I/O failure becomes this format's error (ErrorFactory.convert).
    private static final ErrorFactory ERRORS = ExampleError::new;
    private final ExampleInfo info;
    private ExampleTags tags;

    /** Loads the file at the path. */
    public ExampleFile(Path path) throws IOException {
        this(path, FileSource.open(path), true);
    }

    /** Loads the file from a source (which stays open). */
    public ExampleFile(FileSource source) throws IOException {
        this(source.path(), source, false);
    }

    private ExampleFile(Path path, FileSource source, boolean close) throws IOException {
        super(path);
        try (FileSource owned = close ? source : null) {
            ExampleParser.Header header = ERRORS.call(() -> ExampleParser.header(source));
            this.info = header.info;
            this.tags = ERRORS.call(() -> ExampleParser.tags(source, header.tagRegionSize));
        }
    }

    @Override
    public ExampleInfo info() {
        return info;
    }

    @Override
    public ExampleTags tags() {
        return tags;
    }

    @Override
    public List<String> mime() {
        return mimes(ExampleFormat.MIME);
    }

    /**
     * Adds empty tags.
     *
     * @throws ExampleError when the file has tags already
     */
    @Override
    public void addTags() throws MutagenError {
        if (tags != null) {
            throw new ExampleError("an ExampleTags tag already exists");
        }
        tags = new ExampleTags();
    }

    /** Saves the tags to the file at the path with a padding policy (mutagen's {@code save(padding=...)}). */
    public void save(Path path, PaddingFunction padding) throws IOException {
        try (FileSource target = FileSource.openWritable(path)) {
            edit(target, t -> {
                if (tags != null) {
                    ExampleWriter.save(t, tags, padding);
                }
            });
        }
    }

    @Override
    protected void saveTags(FileSource target) throws IOException {
        if (tags != null) {
            ExampleWriter.save(target, tags, null);
        }
    }

    @Override
    protected void deleteTags(FileSource target) throws IOException {
        ExampleWriter.delete(target);
        tags = null;
    }

    @Override
    protected ErrorFactory errors() {
        return ERRORS;
    }
}
