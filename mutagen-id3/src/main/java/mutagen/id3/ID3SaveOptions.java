// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Objects;
import mutagen.PaddingFunction;
import mutagen.SaveOptions;
import mutagen.util.SaveMode;

/**
 * The keyword arguments of mutagen's {@code ID3.save}: {@code v1}, {@code v2_version}, {@code v23_sep} and
 * {@code padding}, plus the {@link SaveMode} every format's options carry. Immutable; the {@code with...} methods
 * return changed copies.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ID3SaveOptions extends SaveOptions {
    private static final ID3SaveOptions DEFAULTS = new ID3SaveOptions(ID3v1SaveOptions.UPDATE, 4, "/", null);

    private final ID3v1SaveOptions v1;
    private final int v2Version;
    private final String v23Sep;

    /**
     * Options with the journaled save mode.
     *
     * @param v1 what to do with an ID3v1 tag
     * @param v2Version 3 or 4
     * @param v23Sep the separator joining multiple text values in v2.3 ({@code null} keeps NUL separators)
     * @param padding the padding policy, {@code null} for mutagen's default
     */
    public ID3SaveOptions(ID3v1SaveOptions v1, int v2Version, String v23Sep, PaddingFunction padding) {
        this(v1, v2Version, v23Sep, padding, SaveMode.JOURNAL);
    }

    private ID3SaveOptions(ID3v1SaveOptions v1, int v2Version, String v23Sep, PaddingFunction padding,
                           SaveMode mode) {
        super(padding, mode);
        if (v1 == null) {
            throw new IllegalArgumentException("v1 must not be null");
        }
        if (v2Version != 3 && v2Version != 4) {
            throw new IllegalArgumentException("Only 3 or 4 allowed for v2_version");
        }
        this.v1 = v1;
        this.v2Version = v2Version;
        this.v23Sep = v23Sep;
    }

    /** {@return mutagen's defaults: update v1, v2.4, separator "/", default padding} */
    public static ID3SaveOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return iD3's options for any format's options: these when they are ID3's, else the defaults with their padding
     * and mode}
     *
     * @param options the options
     */
    public static ID3SaveOptions of(SaveOptions options) {
        return options instanceof ID3SaveOptions id3 ? id3
                : DEFAULTS.withPadding(options.padding()).withMode(options.mode());
    }

    /** {@return what to do with an ID3v1 tag} */
    public ID3v1SaveOptions v1() {
        return v1;
    }

    /** {@return the version written: 3 or 4} */
    public int v2Version() {
        return v2Version;
    }

    /** {@return the separator joining multiple text values in v2.3 ({@code null} keeps NUL separators)} */
    public String v23Sep() {
        return v23Sep;
    }

    /**
     * {@return a copy with another v1 option}
     *
     * @param value the value
     */
    public ID3SaveOptions withV1(ID3v1SaveOptions value) {
        return new ID3SaveOptions(value, v2Version, v23Sep, padding(), mode());
    }

    /**
     * {@return a copy with another v1 option given as mutagen's integer (0, 1, 2)}
     *
     * @param value the value
     */
    public ID3SaveOptions withV1(int value) {
        return withV1(ID3v1SaveOptions.of(value));
    }

    /**
     * {@return a copy with another version}
     *
     * @param value the value
     */
    public ID3SaveOptions withV2Version(int value) {
        return new ID3SaveOptions(v1, value, v23Sep, padding(), mode());
    }

    /**
     * {@return a copy with another v2.3 separator}
     *
     * @param value the value
     */
    public ID3SaveOptions withV23Sep(String value) {
        return new ID3SaveOptions(v1, v2Version, value, padding(), mode());
    }

    @Override
    public ID3SaveOptions withPadding(PaddingFunction value) {
        return (ID3SaveOptions) super.withPadding(value);
    }

    @Override
    public ID3SaveOptions withMode(SaveMode value) {
        return (ID3SaveOptions) super.withMode(value);
    }

    @Override
    protected ID3SaveOptions copy(PaddingFunction newPadding, SaveMode newMode) {
        return new ID3SaveOptions(v1, v2Version, v23Sep, newPadding, newMode);
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && v1 == ((ID3SaveOptions) o).v1 && v2Version == ((ID3SaveOptions) o).v2Version
                && Objects.equals(v23Sep, ((ID3SaveOptions) o).v23Sep);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), v1, v2Version, v23Sep);
    }

    @Override
    public String toString() {
        return "ID3SaveOptions(v1=" + v1 + ", v2Version=" + v2Version + ", v23Sep=" + v23Sep + ", padding="
                + padding() + ", mode=" + mode() + ")";
    }
}
