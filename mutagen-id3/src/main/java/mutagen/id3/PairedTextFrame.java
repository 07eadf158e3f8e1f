// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * A frame of (involvement, person) pairs, such as TIPL and TMCL.
 *
 * <p>Mirrors {@code mutagen.id3.PairedTextFrame}; {@link #people()} is the live list of two-element lists.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class PairedTextFrame extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.MultiSpec("people", null, new Spec.EncodedTextSpec("involvement"),
                    new Spec.EncodedTextSpec("person")));

    /** An empty frame. */
    protected PairedTextFrame() {
    }

    /** A frame with the encoding and pairs. */
    protected PairedTextFrame(Encoding encoding, List<? extends List<String>> people) {
        set("encoding", encoding);
        set("people", people);
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The text encoding.
     *
     * @return the text encoding
     */
    public Encoding encoding() {
        return (Encoding) get("encoding");
    }

    /**
     * Sets the text encoding.
     *
     * @param encoding the encoding
     */
    public void setEncoding(Encoding encoding) {
        set("encoding", encoding);
    }

    /**
     * The (involvement, person) pairs (live).
     *
     * @return the (involvement, person) pairs (live)
     */
    @SuppressWarnings("unchecked")
    public List<List<String>> people() {
        return (List<List<String>>) get("people");
    }

    /**
     * Replaces the pairs.
     *
     * @param people the people
     */
    public void setPeople(List<? extends List<String>> people) {
        set("people", people);
    }
}
