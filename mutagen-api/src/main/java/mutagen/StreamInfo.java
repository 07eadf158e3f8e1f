// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import java.util.Map;

/**
 * Audio stream information of a file (length, bitrate, sample rate, ...).
 *
 * <p>Mirrors {@code mutagen.StreamInfo}. Python exposes the fields as attributes; here each format's subclass has
 * accessor methods, and {@link #attributes()} lists them by their Python names for generic tools such as the
 * compatibility tests.
 *
 * <p>Immutable once loaded; safe to share between threads.
 */
public abstract class StreamInfo {

    /** Creates stream information; for subclasses. */
    protected StreamInfo() {
    }

    /**
     * The length of the audio in seconds (0 when unknown).
     *
     * @return the length of the audio in seconds (0 when unknown)
     */
    public abstract double length();

    /**
     * One line describing the stream, exactly as mutagen's {@code StreamInfo.pprint()} prints it.
     *
     * @return one line describing the stream, exactly as mutagen's {@code StreamInfo.pprint()} prints it
     */
    public abstract String pprint();

    /**
     * The public attributes under their Python names, in a stable order. Values are {@link Integer}, {@link Long},
     * {@link Double}, {@link Boolean}, {@link String}, {@code byte[]} or {@code null}.
     *
     * @return the public attributes under their Python names, in a stable order
     */
    public abstract Map<String, Object> attributes();

    /**
     * The typed properties every format shares (length, bitrate, sample rate, channels, bits per sample, codec),
     * read from {@link #attributes()}: {@code info().properties().sampleRate()} with no cast.
     *
     * @return the typed properties every format shares (length, bitrate, sample rate, channels, bits per sample,
     *     codec), read from {@link #attributes()}: {@code info().properties().sampleRate()} with no cast
     */
    public mutagen.common.AudioProperties properties() {
        return mutagen.common.AudioProperties.fromAttributes(length(), attributes());
    }
}
