// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.Attributes;

/**
 * The stream information of a plain {@link APEv2File} (mutagen's {@code _UnknownInfo}): length 0, bitrate 0.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class UnknownInfo extends StreamInfo {
    private static final String[] ATTRIBUTE_KEYS = {"bitrate", "length"};
    /** The one instance. */
    public static final UnknownInfo INSTANCE = new UnknownInfo();

    private UnknownInfo() {
    }

    /** 0. */
    @Override
    public double length() {
        return 0;
    }

    /**
     * 0.
     *
     * @return the number
     */
    public int bitrate() {
        return 0;
    }

    /** {@code Unknown format with APEv2 tag.} */
    @Override
    public String pprint() {
        return "Unknown format with APEv2 tag.";
    }

    /** {@code bitrate} 0 and {@code length} 0, both Python ints (class attributes in mutagen). */
    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(ATTRIBUTE_KEYS, 0, 0);
    }
}
