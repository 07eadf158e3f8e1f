// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * MPEG location lookup table.
 *
 * <p>Mirrors {@code mutagen.id3.MLLT}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class MLLT extends Frame implements FrameFields.WithData {
    static final List<Spec> SPECS = List.of(
            new Spec.SizedIntegerSpec("frames", 2, 0L),
            new Spec.SizedIntegerSpec("bytes", 3, 0L),
            new Spec.SizedIntegerSpec("milliseconds", 3, 0L),
            new Spec.ByteSpec("bits_for_bytes", 0),
            new Spec.ByteSpec("bits_for_milliseconds", 0),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public MLLT() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The frames field.
     *
     * @return the frames field
     */
    public Long frames() {
        return (Long) get("frames");
    }

    /**
     * Sets the frames field.
     *
     * @param value the value
     */
    public void setFrames(Object value) {
        set("frames", value);
    }

    /**
     * The bytes field.
     *
     * @return the bytes field
     */
    public Long bytes() {
        return (Long) get("bytes");
    }

    /**
     * Sets the bytes field.
     *
     * @param value the value
     */
    public void setBytes(Object value) {
        set("bytes", value);
    }

    /**
     * The milliseconds field.
     *
     * @return the milliseconds field
     */
    public Long milliseconds() {
        return (Long) get("milliseconds");
    }

    /**
     * Sets the milliseconds field.
     *
     * @param value the value
     */
    public void setMilliseconds(Object value) {
        set("milliseconds", value);
    }

    /**
     * The bits_for_bytes field.
     *
     * @return the bits_for_bytes field
     */
    public Integer bits_for_bytes() {
        return (Integer) get("bits_for_bytes");
    }

    /**
     * Sets the bits_for_bytes field.
     *
     * @param value the value
     */
    public void setBits_for_bytes(Object value) {
        set("bits_for_bytes", value);
    }

    /**
     * The bits_for_milliseconds field.
     *
     * @return the bits_for_milliseconds field
     */
    public Integer bits_for_milliseconds() {
        return (Integer) get("bits_for_milliseconds");
    }

    /**
     * Sets the bits_for_milliseconds field.
     *
     * @param value the value
     */
    public void setBits_for_milliseconds(Object value) {
        set("bits_for_milliseconds", value);
    }
}
