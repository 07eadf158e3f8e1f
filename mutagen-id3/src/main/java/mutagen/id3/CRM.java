// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Encrypted meta frame (ID3v2.2 only; dropped on load, no v2.3 equivalent).
 *
 * <p>Mirrors {@code mutagen.id3.CRM}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class CRM extends Frame implements FrameFields.WithDesc, FrameFields.WithData, FrameFields.WithOwner {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("owner"),
            new Spec.Latin1TextSpec("desc"),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public CRM() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }
}
