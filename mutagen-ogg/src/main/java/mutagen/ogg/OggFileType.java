// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.PaddingFunction;
import mutagen.StreamInfo;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;
import mutagen.vorbis.VCommentDict;

/**
 * A generic Ogg file: mutagen's {@code OggFileType}. A codec passes its {@link OggCodec} row (mutagen's
 * {@code _Info}, {@code _Tags}, {@code _Error} and {@code _mimes}); loading reads the stream information from the
 * first pages, then the comment from the pages after, then completes the information (the length from the stream's
 * last page); failures become the codec's error, and running out of pages is "no appropriate stream found".
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 *
 * @param <I> the codec's stream information
 * @param <T> the codec's comment
 */
public abstract class OggFileType<I extends StreamInfo, T extends VCommentDict> extends FileType {

    /** The mime types every Ogg file type adds after its own. */
    protected static final String[] OGG_MIMES = {"application/ogg", "application/x-ogg"};

    private final OggCodec<I, T> codec;
    private I info;
    private T tags;

    /**
     * Loads the file at a path as a codec.
     *
     * @throws MutagenError the codec's error when the file holds no readable stream of it, or when it cannot be read
     */
    protected OggFileType(Path filename, OggCodec<I, T> codec) throws MutagenError {
        super(filename);
        this.codec = codec;
        loadPath(filename);
    }

    /** Loads from a source (which stays open) as a codec. */
    protected OggFileType(FileSource source, OggCodec<I, T> codec) throws MutagenError {
        super(source.path());
        this.codec = codec;
        loadSource(source);
    }

    /** Makes this codec's error (mutagen's {@code _Error}) with a message. */
    protected final MutagenError error(String message) {
        return codec.error().apply(message);
    }

    private void loadStreams(FileSource source) throws IOException {
        info = codec.info().read(source);
        tags = codec.tags().read(source, info);
        codec.postTags().apply(info, source, tags);
    }

    @Override
    public I info() {
        return info;
    }

    @Override
    public T tags() {
        return tags;
    }

    @Override
    public List<String> get(String key) {
        return tags.get(key);
    }

    @Override
    public List<String> mime() {
        return codec.mimes();
    }

    /** Loads from a path, as mutagen's {@code load}. */
    private void loadPath(Path path) throws MutagenError {
        FileSource.read(path, errors, this::loadStreams);
    }

    /** Loads from an open source (which stays open). */
    private void loadSource(FileSource source) throws MutagenError {
        errors.run(() -> loadStreams(source));
    }

    // This codec's error factory, with mutagen's conversion for Ogg (convert below).
    private final ErrorFactory errors = new ErrorFactory() {
        @Override
        public MutagenError create(String message) {
            return error(message);
        }

        @Override
        public MutagenError convert(IOException e) {
            return OggFileType.this.convert(e);
        }
    };

    @Override
    protected ErrorFactory errors() {
        return errors;
    }

    /**
     * The error mutagen gives for a failure while loading or saving: {@code EOFError} becomes "no appropriate stream
     * found", an Ogg error or an I/O failure becomes this codec's error with the same text, other mutagen errors (a
     * broken Vorbis comment) stay as they are.
     */
    private MutagenError convert(IOException e) {
        if (e instanceof EOFException) {
            return error("no appropriate stream found");
        }
        if (e instanceof OggError || !(e instanceof MutagenError)) {
            MutagenError converted = error(e instanceof MutagenError ? ((MutagenError) e).pythonStr()
                    : String.valueOf(e.getMessage()));
            if (converted.getClass() == e.getClass()) {
                return (MutagenError) e;
            }
            converted.initCause(e);
            return converted;
        }
        return (MutagenError) e;
    }

    /** Mutagen's {@code add_tags}: an Ogg file always has its comment, so this always fails. */
    @Override
    public void addTags() throws MutagenError {
        throw error("");
    }

    /**
     * Saves to the file this was loaded from with a padding function ({@code null} for mutagen's default).
     *
     * @param padding the padding in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(PaddingFunction padding) throws IOException {
        Path path = filename();
        if (path == null) {
            throw new MutagenError("no file name: this file was loaded from a channel");
        }
        save(path, padding);
    }

    /**
     * Saves to the file at a path with a padding function.
     *
     * @param path the file's path
     * @param padding the padding in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(Path path, PaddingFunction padding) throws IOException {
        try (FileSource target = FileSource.openWritable(path)) {
            save(target, padding);
        }
    }

    /**
     * Saves into a writable source with a padding function and commits.
     *
     * @param target the writable file to save into
     * @param padding the padding in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(FileSource target, PaddingFunction padding) throws IOException {
        edit(target, t -> convertingInject(t, padding));
    }

    @Override
    protected void saveTags(FileSource target) throws IOException {
        convertingInject(target, null);
    }

    /** Clears the tags and writes the empty comment with no padding (mutagen's {@code delete}). */
    @Override
    protected void deleteTags(FileSource target) throws IOException {
        tags.clear();
        convertingInject(target, padding -> 0);
    }

    private void convertingInject(FileSource target, PaddingFunction padding) throws IOException {
        errors.run(() -> {
            codec.inject().inject(tags, target, padding);
            checkReopens(target);
        });
    }

    /**
     * Declines a save whose result would not open again with this comment: the edited bytes, not yet committed, are
     * read as a load reads them (information, comment, then the stream's last page), and a failure or a comment other
     * than the one written fails the save with the codec's error "cannot save: the saved file would not open again
     * (REASON)" (the reopen's error text, or its class name when it has none), the file unchanged. Mutagen 1.48.1
     * writes such files (found by fuzzing: damaged page sequences and headers that its writer and its reader find in
     * different places; docs/API-MAPPING.md).
     */
    private void checkReopens(FileSource target) throws IOException {
        errors.checkReopens(() -> {
            I again = codec.info().read(target);
            T written = codec.tags().read(target, again);
            codec.postTags().apply(again, target, written);
            return written.equals(tags) && written.vendor().equals(tags.vendor()) ? null
                    : "it would read another comment";
        });
    }

    /**
     * This codec's mime types followed by the Ogg ones.
     *
     * @param own the own
     * @return this codec's mime types followed by the Ogg ones
     */
    public static List<String> oggMimes(String... own) {
        String[] all = new String[own.length + OGG_MIMES.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(OGG_MIMES, 0, all, own.length, OGG_MIMES.length);
        return mimes(all);
    }
}
