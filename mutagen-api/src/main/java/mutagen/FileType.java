// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * An audio file: its stream information and its tags.
 *
 * <p>Mirrors {@code mutagen.FileType}. The dict protocol delegates to {@link #tags()}: {@link #keys()},
 * {@link #get(String)}, {@link #put(String, Object)} (adding tags first when there are none) and
 * {@link #remove(String)}. Saving and deleting take a path, a channel or nothing (the file it was loaded from).
 *
 * <p>Not thread-safe: a file and its tags are used by one thread at a time (or under the caller's lock); different instances are independent, so a scan may open files on many threads at once.
 */
public abstract class FileType {
    private final Path filename;

    /** Creates a file loaded from {@code filename} ({@code null} when loaded from a channel or bytes). */
    protected FileType(Path filename) {
        this.filename = filename;
    }

    /**
     * The stream information.
     *
     * @return the stream information
     */
    public abstract StreamInfo info();

    /**
     * The tags, or {@code null} when the file has none.
     *
     * @return the tags, or {@code null} when the file has none
     */
    public abstract Tags tags();

    /**
     * The typed cross-format view of the tags: standard keys mapped as MusicBrainz Picard maps them, pictures, and
     * native keys by name. It reads and writes through {@link #tags()}; {@link #save()} writes its edits.
     *
     * @return the cross-format view of this file's tags
     */
    public mutagen.common.CommonTags common() {
        return mutagen.common.CommonTags.of(this);
    }

    /**
     * The path this file was loaded from, or {@code null}.
     *
     * @return the path this file was loaded from, or {@code null}
     */
    public Path filename() {
        return filename;
    }

    /**
     * The mime types, most specific first, ending with {@code application/octet-stream} (mutagen's {@code mime}).
     *
     * @return the mime types, most specific first, ending with {@code application/octet-stream} (mutagen's {@code
     *     mime})
     */
    public List<String> mime() {
        return List.of("application/octet-stream");
    }

    /** Builds a {@link #mime()} list: the given types followed by {@code application/octet-stream}. */
    protected static List<String> mimes(String... own) {
        List<String> out = new ArrayList<>(own.length + 1);
        for (String m : own) {
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        if (!out.contains("application/octet-stream")) {
            out.add("application/octet-stream");
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Stream information and tags as text, exactly as mutagen's {@code pprint()} gives them:
     * {@code info (mime)} then a newline and the tags when there are any.
     *
     * @return the text
     */
    public String pprint() {
        String stream = info().pprint() + " (" + mime().get(0) + ")";
        Tags t = tags();
        if (t == null) {
            return stream;
        }
        String text = t.pprint();
        return text.isEmpty() ? stream : stream + "\n" + text;
    }

    /**
     * The tag keys, or an empty list when there are no tags.
     *
     * @return the tag keys, or an empty list when there are no tags
     */
    public List<String> keys() {
        Tags t = tags();
        return t == null ? List.of() : t.keys();
    }

    /**
     * The value of a key, or {@code null} when absent or when there are no tags.
     *
     * @param key the key
     * @return the value of a key, or {@code null} when absent or when there are no tags
     */
    public Object get(String key) {
        Tags t = tags();
        return t == null ? null : t.get(key);
    }

    /**
     * Sets a tag value, adding empty tags first when the file has none.
     *
     * @param key the key
     * @param value the value
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public void put(String key, Object value) throws MutagenError {
        if (tags() == null) {
            addTags();
        }
        tags().put(key, value);
    }

    /**
     * Removes a key.
     *
     * @param key the key
     * @throws NoSuchElementException when absent or when there are no tags (Python's {@code KeyError})
     */
    public void remove(String key) {
        Tags t = tags();
        if (t == null) {
            throw new NoSuchElementException(key);
        }
        t.remove(key);
    }

    /**
     * Adds empty tags.
     *
     * @throws MutagenError when tags exist already or the format cannot hold tags
     */
    public abstract void addTags() throws MutagenError;

    /**
     * Saves the tags to the file this was loaded from.
     *
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save() throws IOException {
        save(SaveOptions.defaults());
    }

    /**
     * Saves the tags to the file this was loaded from, with options.
     *
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(SaveOptions options) throws IOException {
        save(requireFilename(), options);
    }

    /**
     * Saves the tags to the file at the path (edited in place, see {@link FileSource}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(Path path) throws IOException {
        save(path, SaveOptions.defaults());
    }

    /**
     * Saves the tags to the file at the path, with options (their {@link SaveOptions#mode()} included).
     *
     * @param path the file's path
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(Path path, SaveOptions options) throws IOException {
        try (FileSource target = FileSource.openWritable(path)) {
            target.saveMode(options.mode());
            save(target, options);
        }
    }

    /**
     * Saves the tags into a channel open for reading and writing, in place.
     *
     * @param channel the channel
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(SeekableByteChannel channel) throws IOException {
        save(channel, SaveOptions.defaults());
    }

    /**
     * Saves the tags into a channel open for reading and writing, in place, with options.
     *
     * @param channel the channel
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(SeekableByteChannel channel, SaveOptions options) throws IOException {
        save(FileSource.of(channel, "", true), options);
    }

    /**
     * Saves the tags into a writable source and commits the change.
     *
     * @param target the writable file to save into
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(FileSource target) throws IOException {
        save(target, SaveOptions.defaults());
    }

    /**
     * Saves the tags into a copy of {@code original} (the bytes of a file of this format, typically those this file
     * was loaded from) and answers the saved bytes; {@code original} is not changed.
     *
     * @param original the original bytes
     * @return the saved bytes; {@code original} is not changed
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public byte[] save(byte[] original) throws IOException {
        return save(original, SaveOptions.defaults());
    }

    /**
     * {@link #save(byte[])} with options.
     *
     * @param original the original bytes
     * @param options the options
     * @return {@link #save(byte[])} with options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public byte[] save(byte[] original, SaveOptions options) throws IOException {
        mutagen.util.MemoryChannel channel = mutagen.util.MemoryChannel.writable(original);
        save(channel, options);
        return channel.toByteArray();
    }

    /**
     * Saves the tags into a writable source with options and commits the change.
     *
     * @param target the writable file to save into
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(FileSource target, SaveOptions options) throws IOException {
        edit(target, t -> saveTags(t, options));
    }

    /**
     * Removes the tags from the file this was loaded from.
     *
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete() throws IOException {
        delete(requireFilename());
    }

    /**
     * Removes the tags from the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete(Path path) throws IOException {
        try (FileSource target = FileSource.openWritable(path)) {
            delete(target);
        }
    }

    /**
     * Removes the tags from a channel open for reading and writing, in place.
     *
     * @param channel the channel
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete(SeekableByteChannel channel) throws IOException {
        delete(FileSource.of(channel, "", true));
    }

    /**
     * Removes the tags from a writable source and commits the change.
     *
     * @param target the writable file to save into
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete(FileSource target) throws IOException {
        edit(target, this::deleteTags);
    }

    /** One edit of a file: writes through the source, which is committed afterwards. */
    @FunctionalInterface
    protected interface Edit {
        /** Applies the edit. */
        void apply(FileSource target) throws IOException;
    }

    /**
     * Applies an edit and commits the source; a channel failure is wrapped in this format's error
     * ({@link #wrap(IOException)}). Formats with save options of their own use it for their {@code save} overloads.
     */
    protected final void edit(FileSource target, Edit edit) throws IOException {
        try {
            edit.apply(target);
            target.commit();
        } catch (IOException e) {
            throw wrap(e).withPath(target.path());
        }
    }

    /** Writes the tags into the target (mutagen's {@code save} body); the default does nothing. */
    protected void saveTags(FileSource target) throws IOException {
    }

    /**
     * Writes the tags into the target with options; a format with options of its own overrides it (accepting the
     * base {@link SaveOptions} too). The default honours nothing but the mode (applied by the caller).
     */
    protected void saveTags(FileSource target, SaveOptions options) throws IOException {
        saveTags(target);
    }

    /** Removes the tags from the target (mutagen's {@code delete} body); the default does nothing. */
    protected void deleteTags(FileSource target) throws IOException {
    }

    /** The factory of this format's error (mutagen's {@code error} of the module); override with the format's. */
    protected ErrorFactory errors() {
        return ErrorFactory.GENERIC;
    }

    /** Wraps an I/O failure of the channel in this format's error ({@link ErrorFactory#convert}). */
    protected MutagenError wrap(IOException e) {
        return errors().convert(e);
    }

    private Path requireFilename() throws MutagenError {
        if (filename == null) {
            throw new MutagenError("no file name: this file was loaded from a channel");
        }
        return filename;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + (filename == null ? "" : filename) + ")";
    }
}
