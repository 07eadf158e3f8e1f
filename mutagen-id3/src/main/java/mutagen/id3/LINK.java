// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Linked information ({@code LINK:frameid:url:data}).
 *
 * <p>Mirrors {@code mutagen.id3.LINK}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class LINK extends Frame implements FrameFields.WithData {
    static final List<Spec> SPECS = List.of(
            new Spec.FrameIDSpec("frameid", 4),
            new Spec.Latin1TextSpec("url"),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public LINK() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The frameid field.
     *
     * @return the frameid field
     */
    public String frameid() {
        return (String) get("frameid");
    }

    /**
     * Sets the frameid field.
     *
     * @param value the value
     */
    public void setFrameid(Object value) {
        set("frameid", value);
    }

    /**
     * The url field.
     *
     * @return the url field
     */
    public String url() {
        return (String) get("url");
    }

    /**
     * Sets the url field.
     *
     * @param value the value
     */
    public void setUrl(Object value) {
        set("url", value);
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + frameid() + ":" + url() + ":" + new String(data(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
