// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * A frame holding one URL (Latin-1).
 *
 * <p>Mirrors {@code mutagen.id3.UrlFrame}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class UrlFrame extends Frame {
    static final List<Spec> SPECS = List.of(new Spec.Latin1TextSpec("url"));

    /** A frame with an empty URL. */
    protected UrlFrame() {
    }

    /** A frame with the URL. */
    protected UrlFrame(String url) {
        set("url", url);
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The URL.
     *
     * @return the URL
     */
    public String url() {
        return (String) get("url");
    }

    /**
     * Sets the URL.
     *
     * @param url the url
     */
    public void setUrl(String url) {
        set("url", url);
    }

    @Override
    public String str() {
        return url();
    }

    @Override
    protected String pprintValue() {
        return url();
    }
}
