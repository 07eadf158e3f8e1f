// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mutagen.FileType;
import mutagen.Metadata;
import mutagen.MutagenError;
import mutagen.SaveOptions;
import mutagen.StreamInfo;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * A file of unknown format that starts with an ID3v2 tag, and the base class of formats with ID3 tags.
 *
 * <p>Mirrors {@code mutagen.id3.ID3FileType}. Subclasses (MP3, TrueAudio) read their stream information by
 * overriding {@link #loadInfo(FileSource, long)}, which the constructor calls after the tag has been loaded, with
 * the offset where the audio starts. Their tags are {@link ID3} or, for the easy variants, an {@link ID3View} such as
 * {@code mutagen.easyid3.EasyID3} (constructor argument {@code view}: this package does not know the easy one).
 * Saving and deleting delegate to the tag with {@link ID3SaveOptions}.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class ID3FileType extends FileType {
    private final Function<ID3, ? extends ID3View> view;
    private final TagsClass tagsClass;
    private Metadata tags;
    private final StreamInfo info;

    /**
     * Loads a file with the default options.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public ID3FileType(Path path) throws IOException {
        this(path, ID3LoadOptions.defaults());
    }

    /**
     * Loads a file.
     *
     * @param path the file's path
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public ID3FileType(Path path, ID3LoadOptions options) throws IOException {
        this(path, null, options, null);
    }

    /**
     * Loads from a source with the default options.
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public ID3FileType(FileSource source) throws IOException {
        this(source, ID3LoadOptions.defaults());
    }

    /**
     * Loads from a source.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public ID3FileType(FileSource source, ID3LoadOptions options) throws IOException {
        this(source.path(), source, options, null);
    }

    /**
     * Loads the tag and then the stream information; for subclasses.
     *
     * @param filename the path (null for a channel); opened here when {@code source} is null
     * @param source the source, or null to open {@code filename}
     * @param options the ID3 load options
     * @param view makes the tags from the loaded {@link ID3} for an easy variant ({@code EasyID3::wrap}); null for
     *     plain {@link ID3} tags
     * @throws IOException when the file cannot be read
     */
    protected ID3FileType(Path filename, FileSource source, ID3LoadOptions options,
                          Function<ID3, ? extends ID3View> view) throws IOException {
        this(filename, source, options, view, null);
    }

    /**
     * Loads the tags of another class (mutagen's {@code ID3=} argument) and then the stream information; for
     * subclasses.
     *
     * @param filename the path (null for a channel); opened here when {@code source} is null
     * @param source the source, or null to open {@code filename}
     * @param options the ID3 load options (unused when {@code tagsClass} is given)
     * @param view as in {@link #ID3FileType(Path, FileSource, ID3LoadOptions, Function)}; null with a tag class
     * @param tagsClass the tag class loaded instead of {@link ID3}, or null for ID3
     * @throws IOException when the file cannot be read
     */
    protected ID3FileType(Path filename, FileSource source, ID3LoadOptions options,
                          Function<ID3, ? extends ID3View> view, TagsClass tagsClass) throws IOException {
        super(filename);
        this.view = view;
        this.tagsClass = tagsClass;
        if (source == null) {
            try (FileSource own = FileSource.open(filename)) {
                this.info = load(own, options);
            }
        } else {
            this.info = load(source, options);
        }
    }

    private StreamInfo load(FileSource source, ID3LoadOptions options) throws IOException {
        tags = tagsClass != null ? loadOther(source) : loadId3(source, options);
        // mutagen: the audio starts after the tags when they have a size (an ID3), else it is looked for.
        ID3 id3 = id3();
        long offset = id3 == null ? 0 : id3.size();
        return ID3.ERRORS.call(() -> loadInfo(source, offset));
    }

    private Metadata loadId3(FileSource source, ID3LoadOptions options) throws IOException {
        // Most files without a tag: ask, rather than catch a thrown ID3NoHeaderError.
        ID3 id3 = new ID3();
        return id3.loadIfPresent(source, options) ? wrap(id3) : null;
    }

    /** The tags of a loaded or new ID3: the easy variant's view of it, or the ID3 itself. */
    private Metadata wrap(ID3 id3) {
        return view != null ? (Metadata) view.apply(id3) : id3;
    }

    private Metadata loadOther(FileSource source) throws IOException {
        try {
            return tagsClass.load(source);
        } catch (ID3NoHeaderError e) {
            return null;
        }
    }

    /**
     * Reads the stream information (mutagen's {@code self._Info(fileobj, offset)}). Called from the constructor
     * after the tag was read, so an override must not use fields of its own class. The default describes an
     * unknown format.
     *
     * @param source the file
     * @param offset the size of the ID3v2 tag at the start (0 when there is none): where the audio starts
     */
    protected StreamInfo loadInfo(FileSource source, long offset) throws IOException {
        return new Info();
    }

    /** The stream information of an unknown format with an ID3 tag. */
    public static final class Info extends StreamInfo {
        /** Creates the information. */
        public Info() {
        }

        @Override
        public double length() {
            return 0;
        }

        @Override
        public String pprint() {
            return "Unknown format with ID3 tag";
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("length", 0);
        }
    }

    @Override
    public StreamInfo info() {
        return info;
    }

    /** The tags: an {@link ID3}, an {@link ID3View} for the easy variants, or {@code null}. */
    @Override
    public Metadata tags() {
        return tags;
    }

    /**
     * {@return the ID3 tag itself (the one an {@link ID3View} wraps), or {@code null} (also when the tags are of
     *     another {@link TagsClass})}
     */
    public ID3 id3() {
        return tags instanceof ID3View v ? v.id3() : tags instanceof ID3 id3 ? id3 : null;
    }

    /** {@return whether the tags are an {@link ID3View} (the easy variants)} */
    public boolean isEasy() {
        return view != null;
    }

    /**
     * Adds an empty tag.
     *
     * @throws ID3Error when the file has a tag already
     */
    @Override
    public void addTags() throws MutagenError {
        if (tags != null) {
            throw new ID3Error("an ID3 tag already exists");
        }
        tags = tagsClass != null ? tagsClass.create() : wrap(new ID3());
    }

    private void saveWith(FileSource target, ID3SaveOptions options) throws IOException {
        if (tags instanceof ID3View v) {
            v.save(target, options);
        } else if (tags instanceof ID3 id3) {
            id3.save(target, options);
        } else if (tags != null) {
            tagsClass.save(tags, target);
        }
    }

    @Override
    protected void saveTags(FileSource target) throws IOException {
        saveWith(target, ID3SaveOptions.defaults());
    }

    /** Saves with ID3's options ({@link ID3SaveOptions#of} for another format's options). */
    @Override
    protected void saveTags(FileSource target, SaveOptions options) throws IOException {
        saveWith(target, ID3SaveOptions.of(options));
    }

    /**
     * Removes the chosen ID3 tags from the file at the path and clears the tags.
     *
     * @param path the file's path
     * @param deleteV1 the delete V1
     * @param deleteV2 the delete V2
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete(Path path, boolean deleteV1, boolean deleteV2) throws IOException {
        ID3.deleteTags(path, deleteV1, deleteV2);
        ID3 id3 = id3();
        if (id3 != null) {
            id3.clear();
        }
    }

    @Override
    protected void deleteTags(FileSource target) throws IOException {
        ID3 id3 = id3();
        if (id3 != null) {
            id3.delete(target, true, true);
        } else if (tags != null) {
            tagsClass.delete(tags, target);
        }
    }

    @Override
    protected ErrorFactory errors() {
        return ID3.ERRORS;
    }

    /** The mime types; this base class has none of its own. */
    @Override
    public List<String> mime() {
        return super.mime();
    }
}
