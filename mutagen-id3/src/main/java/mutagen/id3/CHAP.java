// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;
import mutagen.id3.internal.PyCompat;

/**
 * A chapter: times, byte offsets and sub-frames ({@code CHAP:element_id}).
 *
 * <p>Mirrors {@code mutagen.id3.CHAP}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class CHAP extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("element_id"),
            new Spec.SizedIntegerSpec("start_time", 4, 0),
            new Spec.SizedIntegerSpec("end_time", 4, 0),
            new Spec.SizedIntegerSpec("start_offset", 4, 0xFFFFFFFFL),
            new Spec.SizedIntegerSpec("end_offset", 4, 0xFFFFFFFFL),
            new Spec.ID3FramesSpec("sub_frames"));

    /** A frame with default fields. */
    public CHAP() {
    }

    /**
     * A chapter with the given fields and sub-frames.
     *
     * @param elementId the element id
     * @param startTime the start time
     * @param endTime the end time
     * @param startOffset the start offset
     * @param endOffset the end offset
     * @param subFrames the sub frames
     */
    public CHAP(String elementId, long startTime, long endTime, long startOffset, long endOffset,
                List<? extends Frame> subFrames) {
        set("element_id", elementId);
        set("start_time", startTime);
        set("end_time", endTime);
        set("start_offset", startOffset);
        set("end_offset", endOffset);
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
     * The start time in milliseconds.
     *
     * @return the start time in milliseconds
     */
    public long startTime() {
        return (Long) get("start_time");
    }

    /**
     * The end time in milliseconds.
     *
     * @return the end time in milliseconds
     */
    public long endTime() {
        return (Long) get("end_time");
    }

    /**
     * The start byte offset (0xFFFFFFFF when unused).
     *
     * @return the start byte offset (0xFFFFFFFF when unused)
     */
    public long startOffset() {
        return (Long) get("start_offset");
    }

    /**
     * The end byte offset (0xFFFFFFFF when unused).
     *
     * @return the end byte offset (0xFFFFFFFF when unused)
     */
    public long endOffset() {
        return (Long) get("end_offset");
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
        sb.append(elementId()).append(" time=").append(startTime()).append("..").append(endTime())
                .append(" offset=").append(startOffset()).append("..").append(endOffset());
        for (Frame f : subFrames().values()) {
            for (String line : PyCompat.splitLines(f.pprint())) {
                sb.append("\n    ").append(line);
            }
        }
        return sb.toString();
    }
}
