// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.spi;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.util.FileSource;

/**
 * A file format that {@link mutagen.File} can detect and open. Implementations are found through
 * {@link java.util.ServiceLoader}: declare them with {@code provides mutagen.spi.FormatProvider with ...} in
 * {@code module-info.java} and in {@code META-INF/services/mutagen.spi.FormatProvider}.
 *
 * <p>A provider is cheap and stateless: one instance serves every thread, and its constructor builds no tables.
 */
public interface FormatProvider {

    /**
     * Mutagen's class name of the format ({@code "MP3"}, {@code "FLAC"}): the tie-break of equal scores.
     *
     * @return mutagen's class name of the format ({@code "MP3"}, {@code "FLAC"}): the tie-break of equal scores
     */
    String kindName();

    /**
     * The name under {@link Options#easy()}: mutagen's easy class name ({@code "EasyMP3"}) when the format has an
     * easy variant, else {@link #kindName()}.
     *
     * @param options the options
     * @return the name under {@link Options#easy()}: mutagen's easy class name ({@code "EasyMP3"}) when the format has
     *     an easy variant, else {@link #kindName()}
     */
    default String kindName(Options options) {
        return kindName();
    }

    /**
     * How well the input looks like this format: mutagen's {@code score(filename, fileobj, header)}. A score of 0 or
     * less means no match.
     *
     * @param input the input
     * @return how well the input looks like this format: mutagen's {@code score(filename, fileobj, header)}
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    int score(ProbeInput input) throws IOException;

    /**
     * What the score can reach from magic bytes and the file name, so that detection skips this provider when it
     * cannot beat the best score so far; {@code null} (the default) means none declared: always scored.
     *
     * @return the clues that bound {@link #score(ProbeInput)}, or {@code null}
     */
    default Clues clues() {
        return null;
    }

    /**
     * Parses the source as this format (the source is positioned nowhere; read it by offset).
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @return the {@code FileType}
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    FileType open(FileSource source, Options options) throws IOException;
}
