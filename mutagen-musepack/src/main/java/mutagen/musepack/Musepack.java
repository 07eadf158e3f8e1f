// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.musepack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.apev2.APEv2File;
import mutagen.util.FileSource;

/** A Musepack file: {@link MusepackInfo} and APEv2 tags (mutagen's {@code Musepack}). */
public class Musepack extends APEv2File {
    /** Loads the file at the path. */
    public Musepack(Path path) throws IOException {
        super(path, MusepackParser::read);
    }

    /** Loads the file from a source (which stays open). */
    public Musepack(FileSource source) throws IOException {
        super(source, MusepackParser::read);
    }

    @Override
    public MusepackInfo info() {
        return (MusepackInfo) super.info();
    }

    @Override
    public List<String> mime() {
        return mimes("audio/x-musepack", "audio/x-mpc");
    }
}
