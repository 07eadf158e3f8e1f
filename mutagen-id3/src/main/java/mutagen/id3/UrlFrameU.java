// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * A URL frame that may occur several times; the URL is part of its key ({@code WOAR:url}).
 *
 * <p>Mirrors {@code mutagen.id3.UrlFrameU}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class UrlFrameU extends UrlFrame {
    /** A frame with an empty URL. */
    protected UrlFrameU() {
    }

    /** A frame with the URL. */
    protected UrlFrameU(String url) {
        super(url);
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + url();
    }
}
