// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tak;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens {@link TAK} files for {@link mutagen.File}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class TAKProvider implements FormatProvider {
    private static final byte[] MAGIC = Bytes.ascii("tBaK");

    /** Creates the provider (ServiceLoader does this). */
    public TAKProvider() {
    }

    @Override
    public String kindName() {
        return "TAK";
    }

    /** mutagen's score: 1 for {@code tBaK} at the start, 1 for a {@code .tak} name. */
    @Override
    public int score(ProbeInput input) {
        return (input.headerStartsWith(MAGIC) ? 1 : 0) + (input.nameEndsWith(".tak") ? 1 : 0);
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new TAK(source);
    }
}
