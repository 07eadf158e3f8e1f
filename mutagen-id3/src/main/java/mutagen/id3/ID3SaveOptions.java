// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import mutagen.PaddingFunction;

/**
 * The keyword arguments of mutagen's {@code ID3.save}: {@code v1}, {@code v2_version}, {@code v23_sep} and
 * {@code padding}. Immutable; the {@code with...} methods return changed copies.
 *
 * @param v1 what to do with an ID3v1 tag
 * @param v2Version 3 or 4
 * @param v23Sep the separator joining multiple text values in v2.3 ({@code null} keeps NUL separators)
 * @param padding the padding policy, {@code null} for mutagen's default
 */
public record ID3SaveOptions(ID3v1SaveOptions v1, int v2Version, String v23Sep, PaddingFunction padding) {
    private static final ID3SaveOptions DEFAULTS = new ID3SaveOptions(ID3v1SaveOptions.UPDATE, 4, "/", null);

    /** Checks the values. */
    public ID3SaveOptions {
        if (v1 == null) {
            throw new IllegalArgumentException("v1 must not be null");
        }
        if (v2Version != 3 && v2Version != 4) {
            throw new IllegalArgumentException("Only 3 or 4 allowed for v2_version");
        }
    }

    /** mutagen's defaults: update v1, v2.4, separator "/", default padding. */
    public static ID3SaveOptions defaults() {
        return DEFAULTS;
    }

    /** A copy with another v1 option. */
    public ID3SaveOptions withV1(ID3v1SaveOptions value) {
        return new ID3SaveOptions(value, v2Version, v23Sep, padding);
    }

    /** A copy with another v1 option given as mutagen's integer (0, 1, 2). */
    public ID3SaveOptions withV1(int value) {
        return withV1(ID3v1SaveOptions.of(value));
    }

    /** A copy with another version. */
    public ID3SaveOptions withV2Version(int value) {
        return new ID3SaveOptions(v1, value, v23Sep, padding);
    }

    /** A copy with another v2.3 separator. */
    public ID3SaveOptions withV23Sep(String value) {
        return new ID3SaveOptions(v1, v2Version, value, padding);
    }

    /** A copy with another padding policy. */
    public ID3SaveOptions withPadding(PaddingFunction value) {
        return new ID3SaveOptions(v1, v2Version, v23Sep, value);
    }
}
