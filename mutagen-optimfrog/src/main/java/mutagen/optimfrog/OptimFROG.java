// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.optimfrog;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.apev2.APEv2File;
import mutagen.util.FileSource;

/** An OptimFROG file: {@link OptimFROGInfo} and APEv2 tags (mutagen's {@code OptimFROG}; no mime type of its own). */
public class OptimFROG extends APEv2File {
    /** Loads the file at the path. */
    public OptimFROG(Path path) throws IOException {
        super(path, OptimFROGInfo::read);
    }

    /** Loads the file from a source (which stays open). */
    public OptimFROG(FileSource source) throws IOException {
        super(source, OptimFROGInfo::read);
    }

    @Override
    public OptimFROGInfo info() {
        return (OptimFROGInfo) super.info();
    }
}
