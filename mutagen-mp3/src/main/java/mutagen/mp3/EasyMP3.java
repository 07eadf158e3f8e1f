// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.easyid3.EasyID3;
import mutagen.id3.ID3LoadOptions;
import mutagen.util.FileSource;

/**
 * Like {@link MP3}, but its tags are an {@link EasyID3}: plain keys ("title", "artist") and lists of strings.
 *
 * <p>Mirrors {@code mutagen.mp3.EasyMP3}.
 */
public class EasyMP3 extends MP3 {

    /** Loads an MP3 file with easy tags. */
    public EasyMP3(Path path) throws IOException {
        super(path, null, ID3LoadOptions.defaults(), true);
    }

    /** Loads an MP3 from a source with easy tags. */
    public EasyMP3(FileSource source) throws IOException {
        super(source.path(), source, ID3LoadOptions.defaults(), true);
    }
}
