// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Popularimeter: a rating (0..255) and an optional play count for an email ({@code POPM:email}).
 *
 * <p>Mirrors {@code mutagen.id3.POPM}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class POPM extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("email"),
            new Spec.ByteSpec("rating", 0));

    static final List<Spec> OPTIONAL = List.of(
            new Spec.IntegerSpec("count", 0L));

    /** A frame with default fields. */
    public POPM() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    @Override
    protected List<Spec> optionalspec() {
        return OPTIONAL;
    }

    /**
     * The email field.
     *
     * @return the email field
     */
    public String email() {
        return (String) get("email");
    }

    /**
     * Sets the email field.
     *
     * @param value the value
     */
    public void setEmail(Object value) {
        set("email", value);
    }

    /**
     * The rating field.
     *
     * @return the rating field
     */
    public Integer rating() {
        return (Integer) get("rating");
    }

    /**
     * Sets the rating field.
     *
     * @param value the value
     */
    public void setRating(Object value) {
        set("rating", value);
    }

    /**
     * The count field (null when not set).
     *
     * @return the count field (null when not set)
     */
    public Number count() {
        return (Number) get("count");
    }

    /**
     * Sets the count field.
     *
     * @param value the value
     */
    public void setCount(Object value) {
        set("count", value);
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + email();
    }
    @Override
    protected String pprintValue() {
        return email() + "=" + (count() == null ? "None" : String.valueOf(count())) + " " + rating() + "/255";
    }

    /**
     * The rating (Python's {@code +frame}).
     *
     * @return the rating (Python's {@code +frame})
     */
    public long pos() {
        return rating();
    }
}
