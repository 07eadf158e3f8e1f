// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ac3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Tags;
import mutagen.util.FileSource;

/**
 * An AC-3 or E-AC-3 stream (mutagen's {@code AC3}): {@link AC3Info} only. As in mutagen, tagging is not supported:
 * {@link #tags()} is always null, {@link #addTags()} throws, and saving or deleting changes nothing. mutagen 1.48.1
 * does not skip a leading ID3v2 tag either: such a file is "not a AC3 file".
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class AC3 extends FileType {
    private final AC3Info info;

    /**
     * Loads the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public AC3(Path path) throws IOException {
        this(path, FileSource.open(path), true);
    }

    /**
     * Loads the file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public AC3(FileSource source) throws IOException {
        this(source.path(), source, false);
    }

    private AC3(Path path, FileSource source, boolean close) throws IOException {
        super(path);
        try {
            this.info = AC3Parser.read(source);
        } catch (MutagenError e) {
            throw e;
        } catch (IOException e) {
            throw wrap(e);
        } finally {
            if (close) {
                source.close();
            }
        }
    }

    @Override
    public AC3Info info() {
        return info;
    }

    /** Always null: mutagen's AC3 holds no tags. */
    @Override
    public Tags tags() {
        return null;
    }

    @Override
    public List<String> mime() {
        return mimes("audio/ac3");
    }

    /**
     * Always fails, as in mutagen.
     *
     * @throws AC3Error "doesn't support tags"
     */
    @Override
    public void addTags() throws MutagenError {
        throw new AC3Error("doesn't support tags");
    }

    @Override
    protected MutagenError wrap(IOException e) {
        return new AC3Error(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
}
