// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * User-defined URL data; the description is part of the key.
 *
 * <p>Mirrors {@code mutagen.id3.WXXX}.
 */
public class WXXX extends UrlFrame {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.EncodedTextSpec("desc"),
            new Spec.Latin1TextSpec("url"));

    /** A frame with default fields. */
    public WXXX() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /** The encoding field. */
    public Encoding encoding() {
        return (Encoding) get("encoding");
    }

    /** Sets the encoding field. */
    public void setEncoding(Object value) {
        set("encoding", value);
    }

    /** The desc field. */
    public String desc() {
        return (String) get("desc");
    }

    /** Sets the desc field. */
    public void setDesc(Object value) {
        set("desc", value);
    }

    /** The url field. */
    public String url() {
        return (String) get("url");
    }

    /** Sets the url field. */
    public void setUrl(Object value) {
        set("url", value);
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + desc();
    }

    /** A frame with encoding, description and URL. */
    public WXXX(Encoding encoding, String desc, String url) {
        set("encoding", encoding);
        set("desc", desc);
        set("url", url);
    }
}
