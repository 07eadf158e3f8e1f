// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.m4a;

import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.Attributes;

/**
 * Cannot be created. Mirrors the deprecated {@code mutagen.m4a.M4AInfo}, whose constructor always raises.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
@Deprecated
public final class M4AInfo extends StreamInfo {

    /**
     * Always fails ("deprecated"), whatever the file.
     *
     * @throws M4AError if the data is invalid or cannot be read
     */
    public M4AInfo() throws M4AError {
        throw new M4AError("deprecated");
    }

    @Override
    public double length() {
        return 0;
    }

    /**
     * Always 0.
     *
     * @return the number
     */
    public long bitrate() {
        return 0;
    }

    /** Always empty. */
    @Override
    public String pprint() {
        return "";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(new String[] {"bitrate"}, 0);
    }
}
