// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.io.IOException;
import java.util.function.Supplier;
import mutagen.Metadata;
import mutagen.util.FileSource;

/**
 * mutagen's {@code ID3=} argument of an ID3 file type ({@code MP3(filename, ID3=APEv2)}): the tag class loaded,
 * created by {@code addTags()} and saved instead of {@link ID3}. A file without such a tag has no tags when loading
 * raises {@link ID3NoHeaderError}; any other error of the loader propagates, as in mutagen.
 *
 * <p>Example: {@code new MP3(path, TagsClass.of(APEv2::new, APEv2::new, (tags, target) -> ((APEv2) tags).save(target),
 * (tags, target) -> ((APEv2) tags).delete(target)))}.
 *
 * <p>Thread safety: implementations made by {@link #of} hold only the given functions; they are as thread-safe as
 * those.
 */
public interface TagsClass {
    /**
     * Loads the tags of a file: mutagen's {@code ID3(fileobj)}.
     *
     * @param source the file
     * @return the tags
     * @throws IOException when the file cannot be read or has no such tag
     */
    Metadata load(FileSource source) throws IOException;

    /**
     * New empty tags: mutagen's {@code ID3()} in {@code add_tags()}.
     *
     * @return new empty tags
     */
    Metadata create();

    /**
     * Saves tags made by this class into a file: mutagen's {@code self.tags.save(filething)}.
     *
     * @param tags tags made by {@link #load} or {@link #create}
     * @param target the writable file
     * @throws IOException when the file cannot be written
     */
    void save(Metadata tags, FileSource target) throws IOException;

    /**
     * Removes tags made by this class from a file: mutagen's {@code self.tags.delete(filething)}.
     *
     * @param tags tags made by {@link #load} or {@link #create}
     * @param target the writable file
     * @throws IOException when the file cannot be written
     */
    void delete(Metadata tags, FileSource target) throws IOException;

    /** Loads tags from a file. */
    @FunctionalInterface
    interface Loader {
        /**
         * Loads the tags of a file.
         *
         * @param source the file
         * @return the tags
         * @throws IOException when the file cannot be read or has no such tag
         */
        Metadata load(FileSource source) throws IOException;
    }

    /** Saves tags into a file, or removes them from it. */
    @FunctionalInterface
    interface Saver {
        /**
         * Saves tags into a file, or removes them from it.
         *
         * @param tags the tags
         * @param target the writable file
         * @throws IOException when the file cannot be written
         */
        void save(Metadata tags, FileSource target) throws IOException;
    }

    /**
     * A tag class from its three functions.
     *
     * @param load loads the tags of a file (a constructor from a {@link FileSource})
     * @param create makes empty tags (a no-argument constructor)
     * @param save saves tags into a file
     * @param delete removes tags from a file
     * @return the tag class
     */
    static TagsClass of(Loader load, Supplier<? extends Metadata> create, Saver save, Saver delete) {
        return new TagsClass() {
            @Override
            public Metadata load(FileSource source) throws IOException {
                return load.load(source);
            }

            @Override
            public Metadata create() {
                return create.get();
            }

            @Override
            public void save(Metadata tags, FileSource target) throws IOException {
                save.save(tags, target);
            }

            @Override
            public void delete(Metadata tags, FileSource target) throws IOException {
                delete.save(tags, target);
            }
        };
    }
}
