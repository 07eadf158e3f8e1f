// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The stream properties every format shares, typed, from {@link mutagen.StreamInfo#properties()}: no cast to the
 * format's info class is needed. Each value is the format's own info field (mutagen's attribute of the same
 * meaning); a format whose mutagen info has no such field answers empty.
 *
 * <p>Immutable.
 *
 * @param length the length in seconds (mutagen's {@code length}; 0 when unknown)
 * @param bitrate bits per second ({@code bitrate})
 * @param sampleRate samples per second ({@code sample_rate})
 * @param channels the number of channels ({@code channels})
 * @param bitsPerSample bits per sample ({@code bits_per_sample})
 * @param codec the codec ({@code codec}: MP4's {@code "mp4a.40.2"}; {@code codec_name} for ASF)
 *
 * <p>Immutable (a record of immutable values): safe to share across threads.
 */
public record AudioProperties(double length, OptionalInt bitrate, OptionalInt sampleRate, OptionalInt channels,
        OptionalInt bitsPerSample, Optional<String> codec) {

    /**
     * The properties in a format's {@link mutagen.StreamInfo#attributes()} (Python attribute names).
     *
     * @param length the length in bytes
     * @param attributes the attributes
     * @return the properties in a format's {@link mutagen.StreamInfo#attributes()} (Python attribute names)
     */
    public static AudioProperties fromAttributes(double length, Map<String, Object> attributes) {
        return new AudioProperties(length, integer(attributes.get("bitrate")),
                integer(attributes.get("sample_rate")), integer(attributes.get("channels")),
                integer(attributes.get("bits_per_sample")), codec(attributes));
    }

    private static OptionalInt integer(Object value) {
        if (value instanceof Number) {
            long v = ((Number) value).longValue();
            return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? OptionalInt.of((int) v) : OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    private static Optional<String> codec(Map<String, Object> attributes) {
        for (String name : new String[] {"codec", "codec_name"}) {
            Object v = attributes.get(name);
            if (v instanceof String && !((String) v).isEmpty()) {
                return Optional.of((String) v);
            }
        }
        return Optional.empty();
    }
}
