// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Audio encryption ({@code AENC:owner}).
 *
 * <p>Mirrors {@code mutagen.id3.AENC}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class AENC extends Frame implements FrameFields.WithData, FrameFields.WithOwner {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("owner"),
            new Spec.SizedIntegerSpec("preview_start", 2, 0L),
            new Spec.SizedIntegerSpec("preview_length", 2, 0L),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public AENC() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The preview_start field.
     *
     * @return the preview_start field
     */
    public Long preview_start() {
        return (Long) get("preview_start");
    }

    /**
     * Sets the preview_start field.
     *
     * @param value the value
     */
    public void setPreview_start(Object value) {
        set("preview_start", value);
    }

    /**
     * The preview_length field.
     *
     * @return the preview_length field
     */
    public Long preview_length() {
        return (Long) get("preview_length");
    }

    /**
     * Sets the preview_length field.
     *
     * @param value the value
     */
    public void setPreview_length(Object value) {
        set("preview_length", value);
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + owner();
    }
    @Override
    public String str() {
        return owner();
    }
}
