// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.smf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Tags;
import mutagen.util.FileSource;

/**
 * A Standard MIDI File (mutagen's {@code SMF}): {@link SMFInfo} only. As in mutagen, there are no tags:
 * {@link #tags()} is always null, {@link #addTags()} throws, and saving or deleting changes nothing.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class SMF extends FileType {
    private final SMFInfo info;

    /**
     * Loads the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public SMF(Path path) throws IOException {
        this(path, FileSource.open(path), true);
    }

    /**
     * Loads the file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public SMF(FileSource source) throws IOException {
        this(source.path(), source, false);
    }

    private SMF(Path path, FileSource source, boolean close) throws IOException {
        super(path);
        try {
            this.info = SMFParser.read(source);
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
    public SMFInfo info() {
        return info;
    }

    /** Always null: mutagen's SMF holds no tags. */
    @Override
    public Tags tags() {
        return null;
    }

    @Override
    public List<String> mime() {
        return mimes("audio/midi", "audio/x-midi");
    }

    /**
     * Always fails, as in mutagen.
     *
     * @throws SMFError "doesn't support tags"
     */
    @Override
    public void addTags() throws MutagenError {
        throw new SMFError("doesn't support tags");
    }

    @Override
    protected MutagenError wrap(IOException e) {
        return new SMFError(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
}
