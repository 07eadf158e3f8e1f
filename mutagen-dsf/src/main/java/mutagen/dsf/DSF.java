// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.SaveOptions;
import mutagen.id3.ID3Error;
import mutagen.id3.ID3LoadOptions;
import mutagen.id3.ID3NoHeaderError;
import mutagen.id3.ID3SaveOptions;
import mutagen.util.ErrorFactory;
import mutagen.util.SaveMode;
import mutagen.util.FileSource;

/**
 * A DSF file: stream information from its {@code fmt } chunk and an ID3v2 tag at the metadata pointer. Mirrors
 * {@code mutagen.dsf.DSF}.
 *
 * <p>Loading reads the three header chunks, then the tag. Saving goes through {@link DSFID3}; deleting (also when
 * no tag was loaded, as in mutagen) sets the pointer to 0 and cuts the file at the old pointer, leaving the total
 * size field as it was (as mutagen does).
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class DSF extends FileType {
    /** The factory of this format's error (the one place an I/O failure becomes it). */
    static final ErrorFactory ERRORS = DSFError::new;
    private static final List<String> MIMES = mimes("audio/dsf");

    private DSFInfo info;
    private DSFID3 tags;

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public DSF(Path path) throws MutagenError {
        this(path, ID3LoadOptions.defaults());
    }

    /**
     * Loads the file at a path with ID3 load options.
     *
     * @param path the file's path
     * @param options the options
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public DSF(Path path, ID3LoadOptions options) throws MutagenError {
        super(path);
        FileSource.read(path, ERRORS, source -> load(source, options));
    }

    /**
     * Loads from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public DSF(FileSource source) throws MutagenError {
        this(source, ID3LoadOptions.defaults());
    }

    /**
     * Loads from a source (which stays open) with ID3 load options.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public DSF(FileSource source, ID3LoadOptions options) throws MutagenError {
        super(source.path());
        ERRORS.run(() -> load(source, options));
    }

    private void load(FileSource source, ID3LoadOptions options) throws IOException {
        DSFFile file = new DSFFile(source);
        DSFID3 tag = new DSFID3();
        try {
            // no metadata pointer: mutagen's _pre_load_header raises ID3NoHeaderError, which this catches
            tags = file.dsdChunk().metadataOffset() != 0 && tag.loadIfPresent(source, options) ? tag : null;
        } catch (ID3NoHeaderError e) {
            tags = null;
        } catch (ID3Error e) {
            throw new DSFError(e.pythonStr(), e);
        }
        info = new DSFInfo(file.fmtChunk());
    }

    @Override
    public DSFInfo info() {
        return info;
    }

    @Override
    public DSFID3 tags() {
        return tags;
    }

    @Override
    public List<String> mime() {
        return MIMES;
    }

    /** Adds an empty tag; {@code DSFError("an ID3 tag already exists")} when there is one. */
    @Override
    public void addTags() throws MutagenError {
        if (tags != null) {
            throw new DSFError("an ID3 tag already exists");
        }
        tags = new DSFID3();
    }

    /** Saves with ID3's options ({@link ID3SaveOptions#of} for another format's options). */
    @Override
    protected void saveTags(FileSource target, SaveOptions options) throws IOException {
        if (tags != null) {
            tags.save(target, ID3SaveOptions.of(options));
            checkReopens(target);
        }
    }

    /**
     * Declines a save whose result would not open again with this tag: the edited bytes, not yet committed, are read
     * as a load reads them (the chunk headers, then the tag), and a failure, no tag or an empty tag where frames were
     * written fails the save with {@link DSFError} "cannot save: the saved file would not open again (REASON)", the
     * file unchanged. Mutagen 1.48.1 writes such files (found by fuzzing; docs/API-MAPPING.md).
     */
    private void checkReopens(FileSource target) throws IOException {
        ERRORS.checkReopens(() -> {
            new DSFInfo(new DSFFile(target).fmtChunk());
            DSFID3 again = new DSFID3();
            return again.loadIfPresent(target, ID3LoadOptions.defaults())
                    && (tags.keys().isEmpty() || !again.keys().isEmpty()) ? null : "it would read no tag";
        });
    }

    @Override
    protected void deleteTags(FileSource target) throws IOException {
        tags = null;
        deleteTag(target);
    }

    @Override
    protected ErrorFactory errors() {
        return ERRORS;
    }

    /**
     * Removes the tag from the file at the path (mutagen's module function {@code mutagen.dsf.delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        FileSource.edit(path, SaveMode.JOURNAL, ERRORS, target -> deleteTag(target));
    }

    /** Removes the tag from a writable source, not committed: pointer 0, file cut at the old pointer. */
    static void deleteTag(FileSource target) throws IOException {
        DSFFile file = new DSFFile(target);
        long pointer = file.dsdChunk().metadataOffset();
        if (pointer != 0) {
            DSFFile.DSDChunk.write(target, file.dsdChunk().totalSize(), 0);
            if (pointer > 0) {
                target.truncate(pointer);
            }
        }
    }
}
