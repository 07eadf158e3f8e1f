// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.util.FileSource;

/**
 * A format that holds stream information only, as mutagen's {@code AAC}, {@code AC3} and {@code SMF} do:
 * {@link #tags()} is always null, {@link #addTags()} fails with the format's error "doesn't support tags", and saving
 * or deleting changes nothing. The format gives its stream reader and its error ({@link #errors()}).
 *
 * <p>Not thread-safe: a file object and its stream information are used by one thread at a time; different files are
 * independent.
 *
 * @param <I> the format's stream information
 */
public abstract class TaglessFileType<I extends StreamInfo> extends FileType {
    /**
     * Reads a format's stream information from a source.
     *
     * @param <I> the format's stream information
     */
    @FunctionalInterface
    protected interface InfoReader<I> {
        /**
         * Reads the stream information.
         *
         * @param source the file
         * @return the stream information
         * @throws IOException if reading fails, or the data is invalid (a {@code MutagenError})
         */
        I read(FileSource source) throws IOException;
    }

    private final I info;

    /**
     * Loads the stream information from the source; an I/O failure becomes the format's error.
     *
     * @param path the file's path, or null
     * @param source the file
     * @param close whether to close the source afterwards (it was opened for this load)
     * @param reader the format's stream reader
     * @throws IOException if reading fails, or the data is invalid (a {@code MutagenError})
     */
    protected TaglessFileType(Path path, FileSource source, boolean close, InfoReader<I> reader) throws IOException {
        super(path);
        try {
            this.info = reader.read(source);
        } catch (IOException e) {
            throw wrap(e);
        } finally {
            if (close) {
                source.close();
            }
        }
    }

    @Override
    public I info() {
        return info;
    }

    /** Always null: the format holds no tags. */
    @Override
    public final Tags tags() {
        return null;
    }

    /**
     * Always fails, as in mutagen.
     *
     * @throws MutagenError the format's error, "doesn't support tags"
     */
    @Override
    public final void addTags() throws MutagenError {
        throw errors().create("doesn't support tags");
    }
}
