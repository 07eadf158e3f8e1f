// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wavpack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.apev2.APEv2File;
import mutagen.util.FileSource;

/** A WavPack file: {@link WavPackInfo} and APEv2 tags (mutagen's {@code WavPack}). */
public class WavPack extends APEv2File {
    /** Loads the file at the path. */
    public WavPack(Path path) throws IOException {
        super(path, WavPackInfo::read);
    }

    /** Loads the file from a source (which stays open). */
    public WavPack(FileSource source) throws IOException {
        super(source, WavPackInfo::read);
    }

    @Override
    public WavPackInfo info() {
        return (WavPackInfo) super.info();
    }

    @Override
    public List<String> mime() {
        return mimes("audio/x-wavpack");
    }
}
