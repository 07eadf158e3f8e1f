// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.PaddingFunction;
import mutagen.SaveOptions;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * An MPEG-4 audio file (M4A, M4B, MP4, 3GP): stream information, iTunes tags and Nero chapters. Mirrors
 * {@code mutagen.mp4.MP4}. Loading reads atom headers and the few payloads needed, never {@code mdat}.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class MP4 extends FileType {
    /** The factory of this format's error (the one place an I/O failure becomes it). */
    static final ErrorFactory ERRORS = MP4Error::new;
    private static final List<String> MIMES = mimes("audio/mp4", "audio/x-m4a", "audio/mpeg4", "audio/aac");

    private MP4Info info;
    private MP4Tags tags;
    private MP4Chapters chapters;

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public MP4(Path path) throws MutagenError {
        super(path);
        FileSource.read(path, ERRORS, source -> load(source));
    }

    /**
     * Loads a file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public MP4(FileSource source) throws MutagenError {
        super(source.path());
        ERRORS.run(() -> load(source));
    }

    private void load(FileSource in) throws IOException {
        Atoms atoms = Atoms.parse(in, MP4Error::new);
        try {
            info = new MP4Info(atoms, in);
        } catch (MP4NoTrackError e) {
            info = new MP4Info();
        }
        if (atoms.find("moov.udta.meta.ilst") != null) {
            try {
                tags = newTags(atoms, in);
            } catch (StructError e) {
                throw new MP4MetadataError(e.getMessage());
            }
        }
        if (atoms.find("moov.udta.chpl") != null && atoms.find("moov.mvhd") != null) {
            chapters = new MP4Chapters(atoms, in);
        }
    }

    /** The tags of a loaded file. */
    protected MP4Tags newTags(Atoms atoms, FileSource in) throws IOException {
        return new MP4Tags(atoms, in);
    }

    /**
     * Removes the tags of the file at a path (mutagen's module-level {@code mutagen.mp4.delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        new MP4(path).delete(path);
    }

    @Override
    public MP4Info info() {
        return info;
    }

    @Override
    public MP4Tags tags() {
        return tags;
    }

    /**
     * The Nero chapters, or {@code null}.
     *
     * @return the Nero chapters, or {@code null}
     */
    public MP4Chapters chapters() {
        return chapters;
    }

    @Override
    public List<String> mime() {
        return MIMES;
    }

    @Override
    public void addTags() throws MutagenError {
        if (tags != null) {
            throw new MP4Error("an MP4 tag already exists");
        }
        tags = newTags();
    }

    /** New empty tags for {@link #addTags()}; the easy variant makes its own kind. */
    protected MP4Tags newTags() {
        return new MP4Tags();
    }

    /**
     * The padding of the loaded tags (mutagen's {@code _padding}).
     *
     * @return the padding of the loaded tags (mutagen's {@code _padding})
     */
    public long padding() {
        return tags == null ? 0 : tags.mp4Tags().padding();
    }

    @Override
    public String pprint() {
        String out = super.pprint();
        return chapters == null ? out : out + "\n" + chapters.pprint();
    }

    /**
     * Saves with a padding function ({@code save(padding=...)}).
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
        edit(target, t -> {
            if (tags != null) {
                MP4Writer.save(tags.mp4Tags(), t, padding);
            }
        });
    }

    @Override
    protected void saveTags(FileSource target) throws IOException {
        saveTags(target, SaveOptions.defaults());
    }

    /** Writes the tags with the options' padding function ({@code save(padding=...)}). */
    @Override
    protected void saveTags(FileSource target, SaveOptions options) throws IOException {
        if (tags != null) {
            MP4Writer.save(tags.mp4Tags(), target, options.padding());
        }
    }

    @Override
    protected void deleteTags(FileSource target) throws IOException {
        if (tags != null) {
            tags.mp4Tags().clearAll();
            MP4Writer.save(tags.mp4Tags(), target, info -> 0);
        }
    }

    @Override
    protected ErrorFactory errors() {
        return ERRORS;
    }
}
