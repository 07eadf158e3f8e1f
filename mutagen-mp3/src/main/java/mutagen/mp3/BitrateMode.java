// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

/**
 * How the bitrate of an MPEG audio stream varies, as far as its VBR header tells.
 *
 * <p>Mirrors {@code mutagen.mp3.BitrateMode}; {@link #value()} is mutagen's integer value.
 *
 * <p>Thread-safe: an enum, immutable.
 */
public enum BitrateMode {
    /** Probably a CBR file, but not sure (value 0). */
    UNKNOWN(0),
    /** Constant bitrate (value 1). */
    CBR(1),
    /** Variable bitrate (value 2). */
    VBR(2),
    /** Average bitrate, a variant of VBR (value 3). */
    ABR(3);

    private final int value;

    BitrateMode(int value) {
        this.value = value;
    }

    /** {@return mutagen's integer value of the mode (UNKNOWN 0, CBR 1, VBR 2, ABR 3)} */
    public int value() {
        return value;
    }

    /**
     * Python's {@code str(mode)}, e.g. {@code "BitrateMode.CBR"}.
     *
     * @return python's {@code str(mode)}, e.g
     */
    public String pythonStr() {
        return "BitrateMode." + name();
    }

    /**
     * Python's {@code repr(mode)}, e.g. {@code "<BitrateMode.CBR: 1>"}.
     *
     * @return python's {@code repr(mode)}, e.g
     */
    public String pythonRepr() {
        return "<BitrateMode." + name() + ": " + value + ">";
    }
}
