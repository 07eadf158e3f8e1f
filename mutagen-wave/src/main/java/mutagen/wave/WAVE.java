// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wave;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.MutagenError;
import mutagen.id3.ID3LoadOptions;
import mutagen.util.ErrorFactory;
import mutagen.util.SaveMode;
import mutagen.util.FileSource;

/**
 * A WAVE file (RIFF/WAVE): stream information from {@code fmt } and {@code data}, and an ID3v2 tag in an
 * {@code id3 } or {@code ID3 } chunk. Mirrors {@code mutagen.wave.WAVE}.
 *
 * <p>Loading reads the stream information first, then the tag (a file without an ID3 chunk has no tags). Saving
 * writes the tag into its chunk, inserting an {@code id3 } chunk at the end of the file when there is none, with
 * {@link mutagen.id3.ID3SaveOptions} ({@code v1} is ignored, as in mutagen); deleting removes the chunk.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class WAVE extends mutagen.iff.IffFileType {
    /** The factory of this format's error (the one place an I/O failure becomes it). */
    static final ErrorFactory ERRORS = WAVEError::new;
    private static final List<String> MIMES = mimes("audio/wav", "audio/wave");

    private WaveStreamInfo info;

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public WAVE(Path path) throws MutagenError {
        this(path, ID3LoadOptions.defaults());
    }

    /**
     * Loads the file at a path with ID3 load options.
     *
     * @param path the file's path
     * @param options the options
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public WAVE(Path path, ID3LoadOptions options) throws MutagenError {
        super(path);
        open(path, null, options);
    }

    /**
     * Loads from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public WAVE(FileSource source) throws MutagenError {
        this(source, ID3LoadOptions.defaults());
    }

    /**
     * Loads from a source (which stays open) with ID3 load options.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public WAVE(FileSource source, ID3LoadOptions options) throws MutagenError {
        super(source.path());
        open(null, source, options);
    }

    @Override
    protected void load(FileSource source, ID3LoadOptions options) throws IOException {
        WaveFile wave = new WaveFile(source);
        info = new WaveStreamInfo(wave);
        loadTags(source, wave, options); // the chunk tree read once, as mutagen reads it twice alike
    }

    @Override
    protected WaveStreamInfo readInfo(FileSource source) throws IOException {
        return new WaveStreamInfo(source);
    }

    @Override
    public WaveStreamInfo info() {
        return info;
    }

    @Override
    public WaveID3 tags() {
        return (WaveID3) super.tags();
    }

    @Override
    protected WaveID3 newTags() {
        return new WaveID3();
    }

    @Override
    protected MutagenError error(String message) {
        return new WAVEError(message);
    }

    @Override
    public List<String> mime() {
        return MIMES;
    }

    /**
     * Removes the ID3 chunk from the file at the path (mutagen's module function {@code mutagen.wave.delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        FileSource.edit(path, SaveMode.JOURNAL, ERRORS, target -> new WaveID3().deleteChunk(target));
    }
}
