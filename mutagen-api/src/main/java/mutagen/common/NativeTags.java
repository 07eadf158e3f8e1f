// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

import java.util.List;

/**
 * A format's text-and-pictures access to its own tags, under its native keys: what a {@link TagMappingProvider}
 * hands to {@link CommonTags}. It reads and writes through the format's native API, so whatever it writes is what
 * the same native edit would have written.
 *
 * <p>An implementation reads and writes one file's tags: use it from one thread at a time, as that file.
 */
public interface NativeTags {

    /**
     * The mapping table of these tags.
     *
     * @return the mapping table of these tags
     */
    TagMapping mapping();

    /**
     * The native keys present, in the tags' order.
     *
     * @return the native keys present, in the tags' order
     */
    List<String> keys();

    /**
     * The values of a native key as text; empty when absent (or not text).
     *
     * @param nativeKey the native key
     * @return the values of a native key as text; empty when absent (or not text)
     */
    List<String> get(String nativeKey);

    /**
     * Replaces the values of a native key.
     *
     * @param nativeKey the native key
     * @param values the values
     * @throws IllegalArgumentException when the format refuses the key or a value
     */
    void set(String nativeKey, List<String> values);

    /**
     * Removes a native key; nothing when absent.
     *
     * @param nativeKey the native key
     */
    void remove(String nativeKey);

    /**
     * The embedded pictures, in the file's order.
     *
     * @return the embedded pictures, in the file's order
     */
    List<Picture> pictures();

    /**
     * Replaces every embedded picture.
     *
     * @param pictures the pictures
     * @throws IllegalArgumentException when the format cannot store one of them (MP4 holds JPEG, PNG, GIF, BMP)
     */
    void setPictures(List<Picture> pictures);
}
