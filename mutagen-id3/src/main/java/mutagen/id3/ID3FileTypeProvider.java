// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.easyid3.EasyID3FileType;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects any file that starts with an ID3v2 tag ({@code ID3FileType}, or {@code EasyID3FileType} with
 * {@link Options#easy()}).
 *
 * <p>Mirrors {@code mutagen.id3.ID3FileType.score}: 1 when the header starts with {@code ID3}, else 0.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class ID3FileTypeProvider implements FormatProvider {
    private static final byte[] MAGIC = Bytes.ascii("ID3");
    /** The score is exactly these clues. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, MAGIC, 1);

    /** Creates the provider. */
    public ID3FileTypeProvider() {
    }

    @Override
    public String kindName() {
        return "ID3FileType";
    }

    @Override
    public String kindName(Options options) {
        return options.easy() ? "EasyID3FileType" : "ID3FileType";
    }

    @Override
    public int score(ProbeInput input) {
        return CLUES.matched(input);
    }

    @Override
    public Clues clues() {
        return CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return options.easy() ? new EasyID3FileType(source) : new ID3FileType(source);
    }
}
