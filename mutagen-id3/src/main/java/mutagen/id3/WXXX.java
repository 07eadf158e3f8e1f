// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * User-defined URL data; the description is part of the key.
 *
 * <p>Mirrors {@code mutagen.id3.WXXX}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WXXX extends UrlFrame implements FrameFields.WithEncoding, FrameFields.WithDesc {
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


    @Override
    public String hashKey() {
        return frameId() + ":" + desc();
    }

    /**
     * A frame with encoding, description and URL.
     *
     * @param encoding the encoding
     * @param desc the desc
     * @param url the url
     */
    public WXXX(Encoding encoding, String desc, String url) {
        set("encoding", encoding);
        set("desc", desc);
        set("url", url);
    }
}
