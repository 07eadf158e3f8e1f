// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsf;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens DSF files. Mirrors {@code mutagen.dsf.DSF.score}: {@code DSD } at the start counts two,
 * a file name ending in {@code .dsf} one (case-insensitive).
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class DSFProvider implements FormatProvider {
    private static final byte[] DSD = Bytes.ascii("DSD ");

    /** Creates the provider (ServiceLoader). */
    public DSFProvider() {
    }

    @Override
    public String kindName() {
        return "DSF";
    }

    @Override
    public int score(ProbeInput input) {
        return (input.headerStartsWith(DSD) ? 2 : 0) + (input.nameEndsWith(".dsf") ? 1 : 0);
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new DSF(source);
    }
}
