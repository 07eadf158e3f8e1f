// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Audio seek point index (fields S, L, N, b and the index list Fi).
 *
 * <p>Mirrors {@code mutagen.id3.ASPI}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class ASPI extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.SizedIntegerSpec("S", 4, 0L),
            new Spec.SizedIntegerSpec("L", 4, 0L),
            new Spec.SizedIntegerSpec("N", 2, 0L),
            new Spec.ByteSpec("b", 0),
            new Spec.ASPIIndexSpec("Fi"));

    /** A frame with default fields. */
    public ASPI() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The S field.
     *
     * @return the S field
     */
    public Long s() {
        return (Long) get("S");
    }

    /**
     * Sets the S field.
     *
     * @param value the value
     */
    public void setS(Object value) {
        set("S", value);
    }

    /**
     * The L field.
     *
     * @return the L field
     */
    public Long l() {
        return (Long) get("L");
    }

    /**
     * Sets the L field.
     *
     * @param value the value
     */
    public void setL(Object value) {
        set("L", value);
    }

    /**
     * The N field.
     *
     * @return the N field
     */
    public Long n() {
        return (Long) get("N");
    }

    /**
     * Sets the N field.
     *
     * @param value the value
     */
    public void setN(Object value) {
        set("N", value);
    }

    /**
     * The b field.
     *
     * @return the b field
     */
    public Integer b() {
        return (Integer) get("b");
    }

    /**
     * Sets the b field.
     *
     * @param value the value
     */
    public void setB(Object value) {
        set("b", value);
    }

    /**
     * The Fi field (live).
     *
     * @return the Fi field (live)
     */
    @SuppressWarnings("unchecked")
    public List<Integer> fi() {
        return (List<Integer>) get("Fi");
    }

    /**
     * Sets the Fi field.
     *
     * @param value the value
     */
    public void setFi(Object value) {
        set("Fi", value);
    }
}
