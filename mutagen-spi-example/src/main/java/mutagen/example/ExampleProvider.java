// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.example;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Detects and opens MUTAGEN-EXAMPLE files for {@link mutagen.File}.
 *
 * <p>Public, final, stateless and with a public no-arg constructor, as {@link java.util.ServiceLoader} needs on the
 * class path; it builds nothing until a file is opened.
 */
public final class ExampleProvider implements FormatProvider {
    /** The kind name, which is the class name of {@link ExampleFile}. */
    public static final String KIND = "ExampleFile";

    /** Creates the provider (ServiceLoader does this). */
    public ExampleProvider() {
    }

    @Override
    public String kindName() {
        return KIND;
    }

    /** 2 for the magic at offset 0, plus 1 for a {@code .mutex} file name; mutagen's way of scoring. */
    @Override
    public int score(ProbeInput input) {
        int score = input.headerStartsWith(ExampleFormat.MAGIC) ? 2 : 0;
        return score + (input.nameEndsWith(ExampleFormat.EXTENSION) ? 1 : 0);
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new ExampleFile(source);
    }
}
