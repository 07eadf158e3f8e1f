// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * A table of contents: flags, child element IDs and sub-frames ({@code CTOC:element_id}).
 *
 * <p>Mirrors {@code mutagen.id3.CTOC}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class CTOC extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("element_id"),
            new Spec.CTOCFlagsSpec("flags", 0),
            new Spec.Latin1TextListSpec("child_element_ids"),
            new Spec.ID3FramesSpec("sub_frames"));

    /** A frame with default fields. */
    public CTOC() {
    }

    /**
     * A table of contents with the given fields and sub-frames.
     *
     * @param elementId the element id
     * @param flags the flags
     * @param childElementIds the child element ids
     * @param subFrames the sub frames
     */
    public CTOC(String elementId, int flags, List<String> childElementIds, List<? extends Frame> subFrames) {
        set("element_id", elementId);
        set("flags", flags);
        set("child_element_ids", childElementIds);
        set("sub_frames", subFrames);
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The element ID.
     *
     * @return the element ID
     */
    public String elementId() {
        return (String) get("element_id");
    }

    /**
     * The flags.
     *
     * @return the flags
     */
    public CTOCFlags flags() {
        return (CTOCFlags) get("flags");
    }

    /**
     * The child element IDs (live).
     *
     * @return the child element IDs (live)
     */
    @SuppressWarnings("unchecked")
    public List<String> childElementIds() {
        return (List<String>) get("child_element_ids");
    }

    /**
     * The sub-frames (live).
     *
     * @return the sub-frames (live)
     */
    public ID3Tags subFrames() {
        return (ID3Tags) get("sub_frames");
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + elementId();
    }

    @Override
    protected String pprintValue() {
        StringBuilder sb = new StringBuilder();
        sb.append(elementId()).append(" flags=").append(flags().value()).append(" child_element_ids=")
                .append(String.join(",", childElementIds()));
        ID3Tags subs = subFrames();
        if (subs != null && !subs.isEmpty()) {
            for (Frame f : subs.values()) {
                sb.append("\n    ").append(f.pprint());
            }
        }
        return sb.toString();
    }
}
