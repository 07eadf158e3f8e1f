// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Attached picture (ID3v2.2); the mime field is three characters, {@code PNG} or {@code JPG}.
 *
 * <p>Mirrors {@code mutagen.id3.PIC}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class PIC extends APIC {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.StringSpec("mime", 3, "JPG"),
            new Spec.PictureTypeSpec("type"),
            new Spec.EncodedTextSpec("desc"),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public PIC() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    @Override
    Frame upgradeFrame() {
        APIC f = new APIC();
        f.set("encoding", encoding());
        f.set("mime", mime());
        f.set("type", type());
        f.set("desc", desc());
        f.set("data", data());
        return f;
    }
}
