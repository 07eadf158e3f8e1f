// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.optimfrog;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.apev2.APEv2File;
import mutagen.util.FileSource;

/**
 * An OptimFROG file: {@link OptimFROGInfo} and APEv2 tags (mutagen's {@code OptimFROG}; no mime type of its own).
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class OptimFROG extends APEv2File {
    /**
     * Loads the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public OptimFROG(Path path) throws IOException {
        super(path, OptimFROGInfo::read);
    }

    /**
     * Loads the file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public OptimFROG(FileSource source) throws IOException {
        super(source, OptimFROGInfo::read);
    }

    @Override
    public OptimFROGInfo info() {
        return (OptimFROGInfo) super.info();
    }
}
