// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wavpack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.apev2.APEv2File;
import mutagen.util.FileSource;

/**
 * A WavPack file: {@link WavPackInfo} and APEv2 tags (mutagen's {@code WavPack}).
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class WavPack extends APEv2File {
    /**
     * Loads the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public WavPack(Path path) throws IOException {
        super(path, WavPackInfo::read);
    }

    /**
     * Loads the file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
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
