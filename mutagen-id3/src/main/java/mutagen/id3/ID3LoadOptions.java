// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The keyword arguments of mutagen's {@code ID3.load}: {@code known_frames}, {@code translate},
 * {@code v2_version} and {@code load_v1}. Immutable; the {@code with...} methods return changed copies.
 *
 * <p>Thread safety: an immutable record, safe to share across threads as long as its array or collection components
 * are not changed.
 *
 * @param knownFrames frame ID to factory, replacing {@link Frames#v23()} / {@link Frames#v22()}; {@code null} for
 *     the defaults
 * @param translate whether to run {@code updateToV24()} (or {@code updateToV23()}) after loading
 * @param v2Version 3 or 4: which translation runs
 * @param loadV1 whether to merge in a trailing ID3v1 tag
 */
public record ID3LoadOptions(Map<String, Supplier<? extends Frame>> knownFrames, boolean translate, int v2Version,
                             boolean loadV1) {
    private static final ID3LoadOptions DEFAULTS = new ID3LoadOptions(null, true, 4, true);

    /**
     * Checks the version.
     *
     * @param knownFrames the known frames
     * @param translate the translate
     * @param v2Version the v2 version
     * @param loadV1 the load V1
     */
    public ID3LoadOptions {
        requireV2Version(v2Version);
    }

    /** mutagen's check of a loading {@code v2_version} (here and in ID3v1's readers): 3 or 4. */
    static void requireV2Version(int v2Version) {
        if (v2Version != 3 && v2Version != 4) {
            throw new IllegalArgumentException("Only 3 and 4 possible for v2_version");
        }
    }

    /** {@return mutagen's defaults: known frames, translate, v2.4, load v1} */
    public static ID3LoadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return a copy with other known frames}
     *
     * @param frames the frames
     */
    public ID3LoadOptions withKnownFrames(Map<String, Supplier<? extends Frame>> frames) {
        return new ID3LoadOptions(frames, translate, v2Version, loadV1);
    }

    /**
     * {@return a copy with translation on or off}
     *
     * @param value the value
     */
    public ID3LoadOptions withTranslate(boolean value) {
        return new ID3LoadOptions(knownFrames, value, v2Version, loadV1);
    }

    /**
     * {@return a copy with another translation target version}
     *
     * @param value the value
     */
    public ID3LoadOptions withV2Version(int value) {
        return new ID3LoadOptions(knownFrames, translate, value, loadV1);
    }

    /**
     * {@return a copy with ID3v1 loading on or off}
     *
     * @param value the value
     */
    public ID3LoadOptions withLoadV1(boolean value) {
        return new ID3LoadOptions(knownFrames, translate, v2Version, value);
    }
}
