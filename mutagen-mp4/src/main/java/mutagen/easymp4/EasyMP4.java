// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easymp4;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.MutagenError;
import mutagen.mp4.Atoms;
import mutagen.mp4.MP4;
import mutagen.mp4.MP4Tags;
import mutagen.util.FileSource;

/**
 * An MP4 file whose tags are {@link EasyMP4Tags}. Mirrors {@code mutagen.easymp4.EasyMP4}; Python's class
 * attributes {@code Get}, {@code RegisterKey} and {@code RegisterTextKey} are {@link #validKeys()},
 * {@link #registerKey} and {@link #registerTextKey}.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class EasyMP4 extends MP4 {

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public EasyMP4(Path path) throws MutagenError {
        super(path);
    }

    /**
     * Loads a file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public EasyMP4(FileSource source) throws MutagenError {
        super(source);
    }

    @Override
    protected MP4Tags newTags(Atoms atoms, FileSource in) throws IOException {
        return new EasyMP4Tags(atoms, in);
    }

    @Override
    protected MP4Tags newTags() {
        return new EasyMP4Tags();
    }

    /** The easy tags, or {@code null}. */
    @Override
    public EasyMP4Tags tags() {
        return (EasyMP4Tags) super.tags();
    }

    /**
     * {@link EasyMP4Tags#registerKey}.
     *
     * @param key the key
     * @param getter the getter
     * @param setter the setter
     * @param deleter the deleter
     * @param lister the lister
     */
    public static void registerKey(String key, EasyMP4Tags.Getter getter, EasyMP4Tags.Setter setter,
            EasyMP4Tags.Deleter deleter, EasyMP4Tags.Lister lister) {
        EasyMP4Tags.registerKey(key, getter, setter, deleter, lister);
    }

    /**
     * {@link EasyMP4Tags#registerTextKey}.
     *
     * @param key the key
     * @param atomid the atom name (four bytes)
     */
    public static void registerTextKey(String key, String atomid) {
        EasyMP4Tags.registerTextKey(key, atomid);
    }

    /**
     * The keys with a getter (Python's {@code EasyMP4.Get}).
     *
     * @return the keys with a getter (Python's {@code EasyMP4.Get})
     */
    public static List<String> validKeys() {
        return EasyMP4Tags.validKeys();
    }
}
