// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsdiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.MutagenError;
import mutagen.id3.ID3LoadOptions;
import mutagen.util.ErrorFactory;
import mutagen.util.SaveMode;
import mutagen.util.FileSource;

/**
 * A DSDIFF file (DSD or DST): stream information from {@code PROP} and an ID3v2 tag in an {@code ID3 } chunk. Mirrors
 * {@code mutagen.dsdiff.DSDIFF}.
 *
 * <p>Loading reads the tag first, then the stream information (a file without an ID3 chunk has no tags). Saving
 * writes the tag into its chunk, inserting an {@code ID3 } chunk at the end of the {@code FRM8} when there is none,
 * with {@link mutagen.id3.ID3SaveOptions} ({@code v1} is ignored: mutagen's DSDIFF save has no such option);
 * deleting removes the chunk.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class DSDIFF extends mutagen.iff.IffFileType {
    /** The factory of this format's error (the one place an I/O failure becomes it). */
    static final ErrorFactory ERRORS = DSDIFFError::new;
    private static final List<String> MIMES = mimes("audio/x-dff");

    private DSDIFFInfo info;

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public DSDIFF(Path path) throws MutagenError {
        this(path, ID3LoadOptions.defaults());
    }

    /**
     * Loads the file at a path with ID3 load options.
     *
     * @param path the file's path
     * @param options the options
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public DSDIFF(Path path, ID3LoadOptions options) throws MutagenError {
        super(path);
        open(path, null, options);
    }

    /**
     * Loads from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public DSDIFF(FileSource source) throws MutagenError {
        this(source, ID3LoadOptions.defaults());
    }

    /**
     * Loads from a source (which stays open) with ID3 load options.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public DSDIFF(FileSource source, ID3LoadOptions options) throws MutagenError {
        super(source.path());
        open(null, source, options);
    }

    @Override
    protected void load(FileSource source, ID3LoadOptions options) throws IOException {
        DSDIFFFile file = new DSDIFFFile(source); // a broken root: mutagen finds no tag, then DSDIFFInfo raises this
        loadTags(source, file, options);
        info = new DSDIFFInfo(file);
    }

    @Override
    protected DSDIFFInfo readInfo(FileSource source) throws IOException {
        return new DSDIFFInfo(source);
    }

    @Override
    public DSDIFFInfo info() {
        return info;
    }

    @Override
    public DSDIFFID3 tags() {
        return (DSDIFFID3) super.tags();
    }

    @Override
    protected DSDIFFID3 newTags() {
        return new DSDIFFID3();
    }

    @Override
    protected MutagenError error(String message) {
        return new DSDIFFError(message);
    }

    @Override
    public List<String> mime() {
        return MIMES;
    }

    /**
     * Removes the ID3 chunk from the file at the path (mutagen's module function {@code mutagen.dsdiff.delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        FileSource.edit(path, SaveMode.JOURNAL, ERRORS, target -> new DSDIFFID3().deleteChunk(target));
    }
}
