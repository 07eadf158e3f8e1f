// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Linked information (ID3v2.2; three-letter frame IDs).
 *
 * <p>Mirrors {@code mutagen.id3.LNK}. On upgrade the linked ID becomes the v2.3 ID of that v2.2 frame, or is
 * padded with a space.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class LNK extends LINK {
    static final List<Spec> SPECS = List.of(
            new Spec.FrameIDSpec("frameid", 3),
            new Spec.Latin1TextSpec("url"),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public LNK() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    @Override
    Frame upgradeFrame() {
        LINK f = new LINK();
        String parent = "CRM".equals(frameid()) ? "Frame" : Frames.v22Parent(frameid());
        String id = parent != null ? parent : (frameid() + "    ").substring(0, Math.max(4, frameid().length()));
        // The result may not be a valid ID: bypass validation as mutagen does.
        f.rawSet("frameid", id);
        f.set("url", url());
        f.set("data", data());
        return f;
    }
}
