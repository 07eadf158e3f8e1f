// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mutagen.Metadata;
import mutagen.MutagenError;
import mutagen.PaddingInfo;
import mutagen.util.SaveMode;
import mutagen.util.BitPaddedInt;
import mutagen.util.ByteReader;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * A file's ID3v2 tag (with any ID3v1 tag merged in): the frames, the version and the size it had.
 *
 * <p>Mirrors {@code mutagen.id3.ID3}. Python's {@code ID3} is both an {@code ID3Tags} and a {@code Metadata};
 * Java has single inheritance, so this class extends {@link Metadata} and delegates the frame operations to its
 * {@link #frames()} ({@code getall}, {@code add}, {@code updateToV24}, ... are available here too). See
 * {@code docs/API-MAPPING.md}.
 *
 * <p>Loading reads the header, then the whole tag in one bounded read (its size checked against the file size
 * first), then at most 131 bytes at the end for ID3v1. Saving rewrites only the tag region when the new tag fits.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class ID3 extends Metadata {
    /** The factory of this module's error. */
    static final ErrorFactory ERRORS = ID3Error::new;
    private final ID3Tags tags = new ID3Tags();
    private ID3Header header;
    private List<Integer> version = List.of(2, 4, 0);
    private int padding;
    private Path filename;

    /** An empty tag, version 2.4.0. */
    public ID3() {
    }

    /**
     * Loads the tag of a file with the default options.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public ID3(Path path) throws IOException {
        this(path, ID3LoadOptions.defaults());
    }

    /**
     * Loads the tag of a file.
     *
     * @param path the file's path
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public ID3(Path path, ID3LoadOptions options) throws IOException {
        load(path, options);
    }

    /**
     * Loads the tag from a source.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public ID3(FileSource source, ID3LoadOptions options) throws IOException {
        load(source, options);
    }

    /**
     * Loads the tag of a file, replacing the frames held.
     *
     * @param path the file's path
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void load(Path path, ID3LoadOptions options) throws IOException {
        try (FileSource src = FileSource.open(path)) {
            load(src, options);
        }
        filename = path;
    }

    /**
     * Loads the tag from a source, replacing the frames held (mutagen's {@code load}).
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws ID3NoHeaderError when there is no ID3v2 tag (and no ID3v1 tag, or {@code loadV1} is off)
     * @throws ID3UnsupportedVersionError for ID3v2.0/2.1/2.5+ (without ID3v1 fallback)
     * @throws ID3Error for a broken header or a tag larger than the file
     */
    public void load(FileSource source, ID3LoadOptions options) throws IOException {
        if (!loadIfPresent(source, options)) {
            throw ID3Header.noHeader(source, preLoadHeader(source));
        }
    }

    /**
     * Loads the tag from a source like {@link #load(FileSource, ID3LoadOptions)}, but answers {@code false} where
     * that throws {@link ID3NoHeaderError} (no ID3v2 tag, and no ID3v1 tag to fall back on): the cheap way to ask
     * whether a file has a tag, for file types that read one when it is there.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @return whether a tag was loaded
     * @throws ID3UnsupportedVersionError for ID3v2.0/2.1/2.5+ (without ID3v1 fallback)
     * @throws ID3Error for a broken header or a tag larger than the file
     */
    public boolean loadIfPresent(FileSource source, ID3LoadOptions options) throws IOException {
        boolean found = ERRORS.call(() -> doLoad(source, options));
        if (found && source.path() != null) {
            filename = source.path();
        }
        return found;
    }

    /** Loads the tag; answers false when there is neither an ID3v2 header nor (when asked for) an ID3v1 tag. */
    private boolean doLoad(FileSource source, ID3LoadOptions options) throws IOException {
        Map<String, Supplier<? extends Frame>> known = options.knownFrames();
        tags.clear();
        tags.setUnknownFrames(List.of());
        tags.setUnknownV2Version(4);
        header = null;
        padding = 0;
        long start = preLoadHeader(source);
        ID3UnsupportedVersionError unsupported = null;
        try {
            header = ID3Header.probe(source, start);
        } catch (ID3UnsupportedVersionError e) {
            unsupported = e;
        }
        if (header != null) {
            if (known != null) {
                header.knownFramesOverride = known;
            }
            long extended = header.fExtended() ? 4 + header.extSize : 0;
            long offset = start + 10 + extended;
            long size = header.size - 10 - extended;
            if (size < 0) {
                throw new ID3Error("size must not be negative");
            }
            if (size > source.size() - offset) {
                // Python's read_full: an IOError without text, converted to the ID3 error.
                throw new ID3Error("");
            }
            // The frames are read where they lie: in the caller's bytes, in the window the source read, or in one
            // read of the tag (the size was checked against the file above).
            ByteReader frames = source.reader(offset, size, ID3Error::new);
            frames.ensure((int) size);
            int at = frames.arrayPosition();
            padding = tags.readTagFrames(header, frames.array(), at, at + (int) size);
        }
        boolean v1 = false;
        if (options.loadV1()) {
            int v = header == null ? options.v2Version() : header.major == 4 ? 4 : 3;
            if (known == null) {
                // The default classes: only the frames the v2 tag lacks are built, straight into it.
                v1 = ID3v1.merge(source, v, tags);
            } else {
                ID3v1.Found found = ID3v1.find(source, v, known);
                v1 = found != null;
                if (v1) {
                    for (Frame f : found.frames().values()) {
                        if (tags.getall(f.hashKey()).isEmpty()) {
                            tags.add(f);
                        }
                    }
                }
            }
        }
        if (header == null) {
            if (!v1 && unsupported != null) {
                throw unsupported;
            } else if (!v1) {
                return false;
            }
            version = List.of(1, 1);
        }
        if (options.translate() && options.v2Version() == 3) {
            tags.updateToV23();
        } else if (options.translate()) {
            tags.updateToV24();
        }
        return true;
    }

    /**
     * Where the ID3v2 header starts in the source (mutagen's {@code _pre_load_header}); 0 here. Subclasses for tags
     * embedded in a container (IFF chunks, DSF) return the offset of the tag.
     */
    protected long preLoadHeader(FileSource source) throws IOException {
        return 0;
    }

    /** {@return the frames (the {@code ID3Tags} part of mutagen's ID3)} */
    public ID3Tags frames() {
        return tags;
    }

    /**
     * {@return the version of the loaded tag: {@code [2, 4, 0]}, {@code [2, 3, 0]}, ..., or {@code [1, 1]} for v1 only}
     */
    public List<Integer> version() {
        return header != null ? header.version() : version;
    }

    /**
     * Sets the version reported when no tag was loaded (as in mutagen, a loaded tag's header version wins; the
     * version does not change how the tag is saved).
     *
     * @param value the value
     */
    public void setVersion(List<Integer> value) {
        version = List.copyOf(value);
    }

    /** {@return the size of the loaded tag including its 10-byte header (0 when none was loaded)} */
    public long size() {
        return header != null ? header.size : 0;
    }

    /** {@return whether the loaded tag had the unsynchronisation flag} */
    public boolean fUnsynch() {
        return header != null && header.fUnsynch();
    }

    /** {@return whether the loaded tag had an extended header} */
    public boolean fExtended() {
        return header != null && header.fExtended();
    }

    /** {@return the number of padding bytes found after the frames} */
    public int padding() {
        return padding;
    }

    /** {@return the raw frames with valid but unsupported IDs} */
    public List<byte[]> unknownFrames() {
        return tags.unknownFrames();
    }

    /**
     * Replaces the raw unknown frames (written back only into a tag of the version they were read from).
     *
     * @param frames the frames
     */
    public void setUnknownFrames(List<byte[]> frames) {
        tags.setUnknownFrames(frames);
    }

    /** {@return the path the tag was loaded from, or {@code null}} */
    public Path filename() {
        return filename;
    }

    // ---- ID3Tags delegation --------------------------------------------------------------------------------

    @Override
    public List<String> keys() {
        return tags.keys();
    }

    @Override
    public Frame get(String key) {
        return tags.get(key);
    }

    @Override
    public void put(String key, Object value) {
        tags.put(key, value);
    }

    @Override
    public void remove(String key) {
        tags.remove(key);
    }

    @Override
    public boolean containsKey(String key) {
        return tags.containsKey(key);
    }

    /** {@return the frames in insertion order} */
    public List<Frame> values() {
        return tags.values();
    }

    /**
     * {@return the frame removed, or {@code null}}
     *
     * @param key the key
     */
    public Frame pop(String key) {
        return tags.pop(key);
    }

    /**
     * See {@link ID3Tags#getall}.
     *
     * @param key the key
     * @return the list
     */
    public List<Frame> getall(String key) {
        return tags.getall(key);
    }

    /**
     * See {@link ID3Tags#setall}.
     *
     * @param key the key
     * @param values the values
     */
    public void setall(String key, List<? extends Frame> values) {
        tags.setall(key, values);
    }

    /**
     * See {@link ID3Tags#delall}.
     *
     * @param key the key
     */
    public void delall(String key) {
        tags.delall(key);
    }

    /**
     * See {@link ID3Tags#add}.
     *
     * @param frame the frame
     */
    public void add(Frame frame) {
        tags.add(frame);
    }

    /** Removes every frame. */
    public void clear() {
        tags.clear();
    }

    /** See {@link ID3Tags#updateToV24}. */
    public void updateToV24() {
        tags.updateToV24();
    }

    /** See {@link ID3Tags#updateToV23}. */
    public void updateToV23() {
        tags.updateToV23();
    }

    @Override
    public String pprint() {
        return tags.pprint();
    }

    // ---- saving --------------------------------------------------------------------------------------------

    /** Saves as ID3v2.4 into the file at the path, creating it when missing. */
    @Override
    public void save(Path path) throws IOException {
        save(path, ID3SaveOptions.defaults());
    }

    /**
     * Saves into the file at the path (created when missing).
     *
     * @param path the file's path
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(Path path, ID3SaveOptions options) throws IOException {
        if (!Files.exists(path)) {
            try {
                Files.createFile(path);
            } catch (IOException e) {
                throw mutagen.util.PyErrors.wrap(e, path.toString());
            }
        }
        FileSource.edit(path, options.mode(), ERRORS, target -> save(target, options));
    }

    /**
     * Saves to the file the tag was loaded from.
     *
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(ID3SaveOptions options) throws IOException {
        save(loadedPath(), options);
    }

    private Path loadedPath() throws ID3Error {
        if (filename == null) {
            throw new ID3Error("no file name: this tag was not loaded from a path");
        }
        return filename;
    }

    /**
     * Writes the tag at the start of a writable source, resizing the old tag region (padding as the options
     * say), then handles ID3v1. Frames are not converted: call {@link #updateToV23()} before saving v2.3. The
     * caller commits the source.
     *
     * @param target the writable file to save into
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(FileSource target, ID3SaveOptions options) throws IOException {
        long oldSize;
        try {
            oldSize = ID3Header.read(target).size;
        } catch (ID3NoHeaderError e) {
            oldSize = 0;
        }
        byte[] data = prepareData(target, 0, oldSize, options);
        long fileSize = target.size();
        if (oldSize > fileSize) {
            throw new ID3Error("the old tag (" + oldSize + " bytes) extends beyond the end of the file ("
                    + fileSize + " bytes)");
        }
        target.resize(0, oldSize, data.length);
        target.write(0, data);
        saveV1(target, options.v1());
    }

    /**
     * The new tag bytes: header, frames and padding (mutagen's {@code _prepare_data}), for a tag that starts at
     * {@code start} in the target and may reuse {@code available} bytes there. The padding function sees
     * {@code PaddingInfo(available - needed, target size - start)}. Used by {@link #save(FileSource, ID3SaveOptions)}
     * and by container formats that embed ID3 (AIFF, WAVE, DSF, DSDIFF), which write the result themselves.
     *
     * @throws ID3Error when the padding function asks for negative padding or a frame cannot be written
     */
    protected byte[] prepareData(FileSource target, long start, long available, ID3SaveOptions options)
            throws IOException {
        ID3SaveConfig config = new ID3SaveConfig(options.v2Version(), options.v23Sep());
        byte[] framedata = tags.writeFrames(config);
        long needed = framedata.length + 10L;
        long trailing = target.size() - start;
        PaddingInfo info = new PaddingInfo(available - needed, trailing);
        long newPadding = info.padding(options.padding());
        if (newPadding < 0) {
            throw new ID3Error("invalid padding");
        }
        long newSize = needed + newPadding;
        byte[] sizeBytes = BitPaddedInt.encode(newSize - 10, 7, true, 4, 4);
        if (newSize > mutagen.util.Limits.MAX_ARRAY) {
            throw new ID3Error("tag too large");
        }
        byte[] out = new byte[(int) newSize];
        System.arraycopy(new byte[] {'I', 'D', '3', (byte) options.v2Version()}, 0, out, 0, 4);
        System.arraycopy(sizeBytes, 0, out, 6, 4);
        System.arraycopy(framedata, 0, out, 10, framedata.length);
        return out;
    }

    private void saveV1(FileSource f, ID3v1SaveOptions v1) throws IOException {
        ID3v1.Found found = ID3v1.find(f, 4, null);
        long pos = f.size() + (found == null ? 0 : found.offset());
        if ((v1 == ID3v1SaveOptions.UPDATE && found != null) || v1 == ID3v1SaveOptions.CREATE) {
            f.write(pos, ID3v1.make(tags));
        } else if (pos < f.size()) {
            f.truncate(pos);
        }
    }

    // ---- deleting ------------------------------------------------------------------------------------------

    /**
     * Removes the ID3v1 and ID3v2 tags from the file the tag was loaded from and clears the frames.
     *
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete() throws IOException {
        delete(loadedPath());
    }

    /**
     * Saves as ID3v2.4 to the file the tag was loaded from.
     *
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save() throws IOException {
        save(ID3SaveOptions.defaults());
    }

    /** Removes the ID3v1 and ID3v2 tags from the file at the path and clears the frames. */
    @Override
    public void delete(Path path) throws IOException {
        delete(path, true, true);
    }

    /**
     * Removes the chosen tags from the file at the path and clears the frames.
     *
     * @param path the file's path
     * @param deleteV1 the delete V1
     * @param deleteV2 the delete V2
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete(Path path, boolean deleteV1, boolean deleteV2) throws IOException {
        deleteTags(path, deleteV1, deleteV2);
        tags.clear();
    }

    /**
     * Removes the chosen tags from a writable source (not committed) and clears the frames.
     *
     * @param target the writable file to save into
     * @param deleteV1 the delete V1
     * @param deleteV2 the delete V2
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete(FileSource target, boolean deleteV1, boolean deleteV2) throws IOException {
        deleteTags(target, deleteV1, deleteV2);
        tags.clear();
    }

    /**
     * Removes ID3 tags from the file at the path (mutagen's module function {@code mutagen.id3.delete}).
     *
     * @param path the file's path
     * @param deleteV1 the delete V1
     * @param deleteV2 the delete V2
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteTags(Path path, boolean deleteV1, boolean deleteV2) throws IOException {
        FileSource.edit(path, SaveMode.JOURNAL, ERRORS, target -> deleteTags(target, deleteV1, deleteV2));
    }

    /**
     * Removes ID3 tags from a writable source (not committed): the v1 tag by truncation, the v2 tag (header size
     * + 10 bytes from the start; a footer is not accounted for) by deletion.
     *
     * @param target the writable file to save into
     * @param deleteV1 the delete V1
     * @param deleteV2 the delete V2
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteTags(FileSource target, boolean deleteV1, boolean deleteV2) throws IOException {
        if (deleteV1) {
            ID3v1.Found found = ID3v1.find(target, 4, null);
            if (found != null) {
                target.truncate(target.size() + found.offset());
            }
        }
        if (deleteV2) {
            byte[] idata = target.read(0, 10);
            if (idata.length == 10 && idata[0] == 'I' && idata[1] == 'D' && idata[2] == '3') {
                long insize = BitPaddedInt.decode(java.util.Arrays.copyOfRange(idata, 6, 10), 7, true);
                long total = insize + 10;
                if (total > target.size()) {
                    throw new ID3Error("the tag (" + total + " bytes) extends beyond the end of the file ("
                            + target.size() + " bytes)");
                }
                target.delete(0, total);
            }
        }
    }

    @Override
    public String toString() {
        return "ID3(" + tags.values() + ")";
    }
}
