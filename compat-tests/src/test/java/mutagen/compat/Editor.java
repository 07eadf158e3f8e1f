// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import mutagen.FileType;

/**
 * Applies edit ops ({@link EditOp}) to one of our file objects, as oracle.py applies them with mutagen. One per
 * format, registered in {@link Editors} under the kind; an editor handles what is format-specific (typed values such
 * as ID3 frames, pictures, save options) and hands the rest to {@link Editors#GENERIC}.
 */
@FunctionalInterface
public interface Editor {

    /** Applies one op. Throws what our API throws; the harness compares class name and message with mutagen's. */
    void apply(FileType file, EditOp op) throws IOException;
}
