// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Tags;
import mutagen.util.FileSource;

/**
 * An ADTS or ADIF stream of AAC (mutagen's {@code AAC}): {@link AACInfo} only. As in mutagen, tagging is not
 * supported: {@link #tags()} is always null, a leading ID3v2 tag is skipped but not read, {@link #addTags()} throws,
 * and saving or deleting changes nothing. Use {@code mutagen.id3.ID3} on the file for its ID3 tag.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class AAC extends FileType {
    private final AACInfo info;

    /**
     * Loads the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public AAC(Path path) throws IOException {
        this(path, FileSource.open(path), true);
    }

    /**
     * Loads the file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public AAC(FileSource source) throws IOException {
        this(source.path(), source, false);
    }

    private AAC(Path path, FileSource source, boolean close) throws IOException {
        super(path);
        try {
            this.info = AACParser.read(source);
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
    public AACInfo info() {
        return info;
    }

    /** Always null: mutagen's AAC holds no tags. */
    @Override
    public Tags tags() {
        return null;
    }

    @Override
    public List<String> mime() {
        return mimes("audio/x-aac");
    }

    /**
     * Always fails, as in mutagen.
     *
     * @throws AACError "doesn't support tags"
     */
    @Override
    public void addTags() throws MutagenError {
        throw new AACError("doesn't support tags");
    }

    @Override
    protected MutagenError wrap(IOException e) {
        return new AACError(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
}
