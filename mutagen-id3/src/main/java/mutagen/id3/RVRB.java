// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Reverb.
 *
 * <p>Mirrors {@code mutagen.id3.RVRB}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class RVRB extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.SizedIntegerSpec("left", 2, 0L),
            new Spec.SizedIntegerSpec("right", 2, 0L),
            new Spec.ByteSpec("bounce_left", 0),
            new Spec.ByteSpec("bounce_right", 0),
            new Spec.ByteSpec("feedback_ltl", 0),
            new Spec.ByteSpec("feedback_ltr", 0),
            new Spec.ByteSpec("feedback_rtr", 0),
            new Spec.ByteSpec("feedback_rtl", 0),
            new Spec.ByteSpec("premix_ltr", 0),
            new Spec.ByteSpec("premix_rtl", 0));

    /** A frame with default fields. */
    public RVRB() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The left field.
     *
     * @return the left field
     */
    public Long left() {
        return (Long) get("left");
    }

    /**
     * Sets the left field.
     *
     * @param value the value
     */
    public void setLeft(Object value) {
        set("left", value);
    }

    /**
     * The right field.
     *
     * @return the right field
     */
    public Long right() {
        return (Long) get("right");
    }

    /**
     * Sets the right field.
     *
     * @param value the value
     */
    public void setRight(Object value) {
        set("right", value);
    }

    /**
     * The bounce_left field.
     *
     * @return the bounce_left field
     */
    public Integer bounce_left() {
        return (Integer) get("bounce_left");
    }

    /**
     * Sets the bounce_left field.
     *
     * @param value the value
     */
    public void setBounce_left(Object value) {
        set("bounce_left", value);
    }

    /**
     * The bounce_right field.
     *
     * @return the bounce_right field
     */
    public Integer bounce_right() {
        return (Integer) get("bounce_right");
    }

    /**
     * Sets the bounce_right field.
     *
     * @param value the value
     */
    public void setBounce_right(Object value) {
        set("bounce_right", value);
    }

    /**
     * The feedback_ltl field.
     *
     * @return the feedback_ltl field
     */
    public Integer feedback_ltl() {
        return (Integer) get("feedback_ltl");
    }

    /**
     * Sets the feedback_ltl field.
     *
     * @param value the value
     */
    public void setFeedback_ltl(Object value) {
        set("feedback_ltl", value);
    }

    /**
     * The feedback_ltr field.
     *
     * @return the feedback_ltr field
     */
    public Integer feedback_ltr() {
        return (Integer) get("feedback_ltr");
    }

    /**
     * Sets the feedback_ltr field.
     *
     * @param value the value
     */
    public void setFeedback_ltr(Object value) {
        set("feedback_ltr", value);
    }

    /**
     * The feedback_rtr field.
     *
     * @return the feedback_rtr field
     */
    public Integer feedback_rtr() {
        return (Integer) get("feedback_rtr");
    }

    /**
     * Sets the feedback_rtr field.
     *
     * @param value the value
     */
    public void setFeedback_rtr(Object value) {
        set("feedback_rtr", value);
    }

    /**
     * The feedback_rtl field.
     *
     * @return the feedback_rtl field
     */
    public Integer feedback_rtl() {
        return (Integer) get("feedback_rtl");
    }

    /**
     * Sets the feedback_rtl field.
     *
     * @param value the value
     */
    public void setFeedback_rtl(Object value) {
        set("feedback_rtl", value);
    }

    /**
     * The premix_ltr field.
     *
     * @return the premix_ltr field
     */
    public Integer premix_ltr() {
        return (Integer) get("premix_ltr");
    }

    /**
     * Sets the premix_ltr field.
     *
     * @param value the value
     */
    public void setPremix_ltr(Object value) {
        set("premix_ltr", value);
    }

    /**
     * The premix_rtl field.
     *
     * @return the premix_rtl field
     */
    public Integer premix_rtl() {
        return (Integer) get("premix_rtl");
    }

    /**
     * Sets the premix_rtl field.
     *
     * @param value the value
     */
    public void setPremix_rtl(Object value) {
        set("premix_rtl", value);
    }
}
