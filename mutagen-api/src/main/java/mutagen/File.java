// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Optional;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.spi.Providers;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * Guesses the format of a file and opens it: mutagen's {@code mutagen.File()}.
 *
 * <p>Every provider scores the first 128 bytes and the file name; the highest {@code (score, kind name)} wins, as
 * Python sorts those tuples (providers whose declared {@link FormatProvider#clues()} cannot win are not scored). A
 * best score of 0 or less means no format matched ({@link Optional#empty()}). An error of the chosen format
 * propagates.
 *
 * <p>Thread-safe: stateless; the installed providers are found once and shared.
 */
public final class File {
    private File() {
    }

    /**
     * Opens the file at the path with all installed formats.
     *
     * @param path the file to open
     * @return the opened file, as its format's {@code FileType}; empty when no installed format matches
     * @throws MutagenError the chosen format's error when the file is damaged, or an I/O error (mutagen's text;
     *     {@link MutagenError#path()} names the file when it was given as a path)
     */
    public static Optional<FileType> open(Path path) throws MutagenError {
        return open(path, Options.defaults());
    }

    /**
     * Opens the file at the path.
     *
     * @param path the file to open
     * @param options the formats to consider and how to open ({@code options=}, {@code easy=})
     * @return the opened file, as its format's {@code FileType}; empty when no installed format matches
     * @throws MutagenError the chosen format's error when the file is damaged, or an I/O error (mutagen's text;
     *     {@link MutagenError#path()} names the file when it was given as a path)
     */
    public static Optional<FileType> open(Path path, Options options) throws MutagenError {
        try (FileSource source = FileSource.open(path)) {
            return open(source, options);
        } catch (IOException e) {
            throw ErrorFactory.GENERIC.convert(e).withPath(path);
        }
    }

    /**
     * Opens bytes in memory; {@code name} (may be empty) takes part in detection like a file name.
     *
     * @param data the whole file in memory (read, not copied or changed)
     * @param name a file name for detection, or the empty string
     * @param options the formats to consider and how to open ({@code options=}, {@code easy=})
     * @return the opened file, as its format's {@code FileType}; empty when no installed format matches
     * @throws MutagenError the chosen format's error when the file is damaged, or an I/O error (mutagen's text;
     *     {@link MutagenError#path()} names the file when it was given as a path)
     */
    public static Optional<FileType> open(byte[] data, String name, Options options) throws MutagenError {
        return open(FileSource.of(data, name), options);
    }

    /**
     * Opens bytes in memory with all installed formats; {@code name} (may be empty) helps detection.
     *
     * @param data the whole file in memory (read, not copied or changed)
     * @param name a file name for detection, or the empty string
     * @return the opened file, as its format's {@code FileType}; empty when no installed format matches
     * @throws MutagenError the chosen format's error when the file is damaged, or an I/O error (mutagen's text;
     *     {@link MutagenError#path()} names the file when it was given as a path)
     */
    public static Optional<FileType> open(byte[] data, String name) throws MutagenError {
        return open(data, name, Options.defaults());
    }

    /**
     * Opens bytes in memory with all installed formats.
     *
     * @param data the whole file in memory (read, not copied or changed)
     * @return the opened file, as its format's {@code FileType}; empty when no installed format matches
     * @throws MutagenError the chosen format's error when the file is damaged, or an I/O error (mutagen's text;
     *     {@link MutagenError#path()} names the file when it was given as a path)
     */
    public static Optional<FileType> open(byte[] data) throws MutagenError {
        return open(data, "", Options.defaults());
    }

    /**
     * Opens a caller's channel, which stays open, with all installed formats.
     *
     * @param channel a readable channel over the whole file; it stays open
     * @return the opened file, as its format's {@code FileType}; empty when no installed format matches
     * @throws MutagenError the chosen format's error when the file is damaged, or an I/O error (mutagen's text;
     *     {@link MutagenError#path()} names the file when it was given as a path)
     */
    public static Optional<FileType> open(SeekableByteChannel channel) throws MutagenError {
        return open(channel, "", Options.defaults());
    }

    /**
     * Opens a caller's channel, which stays open.
     *
     * @param channel a readable channel over the whole file; it stays open
     * @param name a file name for detection, or the empty string
     * @param options the formats to consider and how to open ({@code options=}, {@code easy=})
     * @return the opened file, as its format's {@code FileType}; empty when no installed format matches
     * @throws MutagenError the chosen format's error when the file is damaged, or an I/O error (mutagen's text;
     *     {@link MutagenError#path()} names the file when it was given as a path)
     */
    public static Optional<FileType> open(SeekableByteChannel channel, String name, Options options)
            throws MutagenError {
        return open(FileSource.of(channel, name, false), options);
    }

    /**
     * Opens a source.
     *
     * @param source the file to read (or to edit in place)
     * @param options the formats to consider and how to open ({@code options=}, {@code easy=})
     * @return the opened file, as its format's {@code FileType}; empty when no installed format matches
     * @throws MutagenError the chosen format's error when the file is damaged, or an I/O error (mutagen's text;
     *     {@link MutagenError#path()} names the file when it was given as a path)
     */
    public static Optional<FileType> open(FileSource source, Options options) throws MutagenError {
        FormatProvider best = choose(ProbeInput.of(source), options);
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(ErrorFactory.GENERIC.call(() -> best.open(source, options)));
    }

    /**
     * The provider with the highest {@code (score, kind name)}, or {@code null} when the best score is not positive.
     * A provider whose scoring fails counts as no match.
     *
     * @param input the first bytes and the name of the file
     * @param options the formats to consider and how to open ({@code options=}, {@code easy=})
     * @return the provider with the highest {@code (score, kind name)}, or {@code null} when the best score is not
     *     positive
     */
    public static FormatProvider choose(ProbeInput input, Options options) {
        return Providers.choose(input, options);
    }
}
