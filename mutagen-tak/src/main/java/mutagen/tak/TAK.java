// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tak;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.apev2.APEv2File;
import mutagen.util.FileSource;

/** A TAK file: {@link TAKInfo} and APEv2 tags (mutagen's {@code TAK}). */
public class TAK extends APEv2File {
    /** Loads the file at the path. */
    public TAK(Path path) throws IOException {
        super(path, TAKInfo::read);
    }

    /** Loads the file from a source (which stays open). */
    public TAK(FileSource source) throws IOException {
        super(source, TAKInfo::read);
    }

    @Override
    public TAKInfo info() {
        return (TAKInfo) super.info();
    }

    /** {@code audio/x-tak}, then {@code application/octet-stream}. */
    @Override
    public List<String> mime() {
        return mimes("audio/x-tak");
    }
}
