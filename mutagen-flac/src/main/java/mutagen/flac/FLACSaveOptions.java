// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import mutagen.PaddingFunction;
import mutagen.SaveOptions;
import mutagen.util.SaveMode;

/**
 * The keyword arguments of mutagen's {@code FLAC.save}: {@code deleteid3} and {@code padding}, plus the
 * {@link SaveMode} every format's options carry. Immutable; the {@code with...} methods return changed copies.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class FLACSaveOptions extends SaveOptions {
    private static final FLACSaveOptions DEFAULTS = new FLACSaveOptions(false, null, SaveMode.JOURNAL);

    private final boolean deleteId3;

    private FLACSaveOptions(boolean deleteId3, PaddingFunction padding, SaveMode mode) {
        super(padding, mode);
        this.deleteId3 = deleteId3;
    }

    /**
     * mutagen's defaults: keep ID3 tags, default padding.
     *
     * @return mutagen's defaults: keep ID3 tags, default padding
     */
    public static FLACSaveOptions defaults() {
        return DEFAULTS;
    }

    /**
     * FLAC's options for any format's options: these when they are FLAC's, else the defaults with their padding.
     *
     * @param options the options
     * @return FLAC's options for any format's options: these when they are FLAC's, else the defaults with their padding
     */
    public static FLACSaveOptions of(SaveOptions options) {
        if (options instanceof FLACSaveOptions) {
            return (FLACSaveOptions) options;
        }
        return new FLACSaveOptions(false, options.padding(), options.mode());
    }

    /**
     * Whether an ID3v2 tag in front and an ID3v1 tag at the end are removed too.
     *
     * @return whether an ID3v2 tag in front and an ID3v1 tag at the end are removed too
     */
    public boolean deleteId3() {
        return deleteId3;
    }

    /**
     * A copy with another {@code deleteid3}.
     *
     * @param value the value
     * @return a copy with another {@code deleteid3}
     */
    public FLACSaveOptions withDeleteId3(boolean value) {
        return new FLACSaveOptions(value, padding(), mode());
    }

    @Override
    public FLACSaveOptions withPadding(PaddingFunction value) {
        return (FLACSaveOptions) super.withPadding(value);
    }

    @Override
    public FLACSaveOptions withMode(SaveMode value) {
        return (FLACSaveOptions) super.withMode(value);
    }

    @Override
    protected FLACSaveOptions copy(PaddingFunction newPadding, SaveMode newMode) {
        return new FLACSaveOptions(deleteId3, newPadding, newMode);
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && deleteId3 == ((FLACSaveOptions) o).deleteId3;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Boolean.hashCode(deleteId3);
    }
}
