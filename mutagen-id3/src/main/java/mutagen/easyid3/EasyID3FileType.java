// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easyid3;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.id3.ID3FileType;
import mutagen.id3.ID3LoadOptions;
import mutagen.util.FileSource;

/**
 * Like {@link ID3FileType}, but with {@link EasyID3} tags.
 *
 * <p>Mirrors {@code mutagen.easyid3.EasyID3FileType}.
 */
public class EasyID3FileType extends ID3FileType {
    /** Loads a file. */
    public EasyID3FileType(Path path) throws IOException {
        super(path, null, ID3LoadOptions.defaults(), EasyID3::wrap);
    }

    /** Loads from a source. */
    public EasyID3FileType(FileSource source) throws IOException {
        super(source.path(), source, ID3LoadOptions.defaults(), EasyID3::wrap);
    }

    /** Loads from a source with options. */
    public EasyID3FileType(FileSource source, ID3LoadOptions options) throws IOException {
        super(source.path(), source, options, EasyID3::wrap);
    }

    /** The tags, or {@code null}. */
    @Override
    public EasyID3 tags() {
        return (EasyID3) super.tags();
    }
}
