// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.MutagenError;
import mutagen.id3.ID3;
import mutagen.id3.ID3Error;
import mutagen.id3.ID3LoadOptions;
import mutagen.id3.ID3NoHeaderError;
import mutagen.id3.ID3SaveOptions;
import mutagen.util.ErrorFactory;
import mutagen.util.SaveMode;
import mutagen.util.FileSource;

/**
 * ID3v2 tags kept in a chunk of a chunked file. Mirrors {@code mutagen._iff.IffID3} (AIFF's {@code _IFFID3},
 * DSDIFF's {@code _DSDIFFID3}) and, with the chunk ID {@code id3}, WAVE's {@code _WaveID3}.
 *
 * <p>Loading reads the tag at the data of the chunk ({@link #preLoadHeader}); a file without the chunk has no tag.
 * Saving inserts the chunk at the end of the root when it is missing, builds the tag with the ID3 writer (padding
 * asked with the chunk's data size as the space available), resizes the chunk (parents' sizes fixed) and writes the
 * tag. Deleting removes the chunk. The v1 save option is ignored: mutagen never writes ID3v1 into these files.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class IffID3 extends ID3 {
    /** The factory of this format's error (the one place an I/O failure becomes it). */
    static final ErrorFactory ERRORS = IffError::new;

    /** An empty tag. */
    /** The data offset of the ID3 chunk {@link #loadTag} found, for the load it starts; -1 otherwise. */
    private long foundStart = -1;

    protected IffID3() {
    }

    /** Reads the chunk structure of the file (mutagen's {@code _load_file}). */
    protected abstract IffFile loadFile(FileSource source) throws IOException;

    /** The ID of the chunk that holds the tag: {@code ID3}, or {@code id3} for WAVE. */
    protected String chunkId() {
        return "ID3";
    }

    /** The error a failed save raises (mutagen's {@code reraise(error, ...)}): {@link IffError} here. */
    protected MutagenError saveError(String message, Throwable cause) {
        return new IffError(message, cause);
    }

    @Override
    protected long preLoadHeader(FileSource source) throws IOException {
        if (foundStart >= 0) {
            return foundStart;
        }
        IffChunk chunk;
        try {
            chunk = loadFile(source).find(chunkId());
        } catch (InvalidChunk e) {
            chunk = null;
        }
        if (chunk == null) {
            throw new ID3NoHeaderError("No ID3 chunk");
        }
        return chunk.dataOffset();
    }

    /**
     * Loads the tag of a file the way the format types do: {@code true} when there is one, {@code false} when there
     * is no chunk or no tag in it (mutagen's {@code ID3NoHeaderError}, which makes {@code tags} None); any other ID3
     * error becomes the format's error with the same text.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @param formatError the format error
     * @return {@code true} when done as described, else {@code false}
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public boolean loadTag(FileSource source, ID3LoadOptions options, ErrorFactory formatError) throws IOException {
        return loadTag(source, null, options, formatError);
    }

    /**
     * {@link #loadTag(FileSource, ID3LoadOptions, ErrorFactory)} on a chunk tree already read from the source (or
     * null to read it here): a file without the chunk answers false at once.
     *
     * @param source the file to read
     * @param file the source's chunk tree, or null
     * @param options the options
     * @param formatError the format's error factory
     * @return whether a tag was loaded
     * @throws IOException as {@link #loadTag(FileSource, ID3LoadOptions, ErrorFactory)}
     */
    public boolean loadTag(FileSource source, IffFile file, ID3LoadOptions options, ErrorFactory formatError)
            throws IOException {
        IffChunk chunk;
        try {
            chunk = (file != null ? file : loadFile(source)).find(chunkId());
        } catch (InvalidChunk e) {
            chunk = null;
        }
        if (chunk == null) {
            return false; // where mutagen's _pre_load_header raises ID3NoHeaderError, caught by the file type
        }
        foundStart = chunk.dataOffset();
        try {
            return loadIfPresent(source, options);
        } catch (ID3NoHeaderError e) {
            return false;
        } catch (ID3Error e) {
            MutagenError err = formatError.create(e.pythonStr());
            err.initCause(e);
            throw err;
        } finally {
            foundStart = -1;
        }
    }

    /**
     * Writes the tag into its chunk, inserting the chunk when missing. Not committed: the caller commits.
     *
     * @throws MutagenError from {@link #saveError} when the ID3 writer fails (e.g. negative padding)
     */
    @Override
    public void save(FileSource target, ID3SaveOptions options) throws IOException {
        IffFile file = loadFile(target);
        if (!file.contains(chunkId())) {
            file.insertChunk(chunkId());
        }
        IffChunk chunk = file.get(chunkId());
        long available = IffChunk.span(chunk.dataSize());
        byte[] data;
        try {
            data = prepareData(target, chunk.dataOffset(), available, options);
        } catch (ID3Error e) {
            throw saveError(e.pythonStr(), e);
        }
        chunk.resize(data.length);
        chunk.write(data);
    }

    /** Removes the tag's chunk from the file at the path and clears the frames (the flags are ignored). */
    @Override
    public void delete(Path path, boolean deleteV1, boolean deleteV2) throws IOException {
        FileSource.edit(path, SaveMode.JOURNAL, ERRORS, target -> deleteChunk(target));
        clear();
    }

    /** Removes the tag's chunk from a writable source (not committed) and clears the frames. */
    @Override
    public void delete(FileSource target, boolean deleteV1, boolean deleteV2) throws IOException {
        deleteChunk(target);
        clear();
    }

    /**
     * Removes the tag's chunk, when there is one, from a writable source (not committed).
     *
     * @param target the writable file to save into
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void deleteChunk(FileSource target) throws IOException {
        IffFile file = loadFile(target);
        if (file.contains(chunkId())) {
            file.deleteChunk(chunkId());
        }
    }
}
