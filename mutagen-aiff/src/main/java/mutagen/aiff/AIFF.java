// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.MutagenError;
import mutagen.id3.ID3LoadOptions;
import mutagen.util.ErrorFactory;
import mutagen.util.SaveMode;
import mutagen.util.FileSource;

/**
 * An AIFF or AIFF-C file: stream information from {@code COMM} and an ID3v2 tag in an {@code ID3 } chunk. Mirrors
 * {@code mutagen.aiff.AIFF}.
 *
 * <p>Loading reads the tag first, then the stream information (a file without an ID3 chunk has no tags). Saving
 * writes the tag into its chunk, inserting an {@code ID3 } chunk at the end of the {@code FORM} when there is none,
 * with {@link mutagen.id3.ID3SaveOptions} ({@code v1} is ignored: mutagen's AIFF save has no such option);
 * deleting removes the chunk.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class AIFF extends mutagen.iff.IffFileType {
    /** The factory of this format's error (the one place an I/O failure becomes it). */
    static final ErrorFactory ERRORS = AIFFError::new;
    private static final List<String> MIMES = mimes("audio/aiff", "audio/x-aiff");

    private AIFFInfo info;

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public AIFF(Path path) throws MutagenError {
        this(path, ID3LoadOptions.defaults());
    }

    /**
     * Loads the file at a path with ID3 load options.
     *
     * @param path the file's path
     * @param options the options
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public AIFF(Path path, ID3LoadOptions options) throws MutagenError {
        super(path);
        open(path, null, options);
    }

    /**
     * Loads from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public AIFF(FileSource source) throws MutagenError {
        this(source, ID3LoadOptions.defaults());
    }

    /**
     * Loads from a source (which stays open) with ID3 load options.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public AIFF(FileSource source, ID3LoadOptions options) throws MutagenError {
        super(source.path());
        open(null, source, options);
    }

    @Override
    protected void load(FileSource source, ID3LoadOptions options) throws IOException {
        AIFFFile file = new AIFFFile(source); // a broken root: mutagen finds no tag, then AIFFInfo raises this
        loadTags(source, file, options);
        info = new AIFFInfo(file);
    }

    @Override
    protected AIFFInfo readInfo(FileSource source) throws IOException {
        return new AIFFInfo(source);
    }

    @Override
    public AIFFInfo info() {
        return info;
    }

    @Override
    public IFFID3 tags() {
        return (IFFID3) super.tags();
    }

    @Override
    protected IFFID3 newTags() {
        return new IFFID3();
    }

    @Override
    protected MutagenError error(String message) {
        return new AIFFError(message);
    }

    @Override
    public List<String> mime() {
        return MIMES;
    }

    /**
     * Removes the ID3 chunk from the file at the path (mutagen's module function {@code mutagen.aiff.delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        FileSource.edit(path, SaveMode.JOURNAL, ERRORS, target -> new IFFID3().deleteChunk(target));
    }
}
