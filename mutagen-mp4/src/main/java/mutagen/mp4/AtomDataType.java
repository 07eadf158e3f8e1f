// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.util.Map;

/**
 * The data types of iTunes {@code data} atoms. Mirrors {@code mutagen.mp4.AtomDataType}, an int enum: values are
 * plain {@code int}s (a file may hold any), and {@link #repr(int)} is Python's repr ({@code <AtomDataType.UTF8: 1>},
 * or the number for a value without a name).
 */
public final class AtomDataType {
    public static final int IMPLICIT = 0;
    public static final int UTF8 = 1;
    public static final int UTF16 = 2;
    public static final int SJIS = 3;
    public static final int HTML = 6;
    public static final int XML = 7;
    public static final int UUID = 8;
    public static final int ISRC = 9;
    public static final int MI3P = 10;
    public static final int GIF = 12;
    public static final int JPEG = 13;
    public static final int PNG = 14;
    public static final int URL = 15;
    public static final int DURATION = 16;
    public static final int DATETIME = 17;
    public static final int GENRES = 18;
    public static final int INTEGER = 21;
    public static final int RIAA_PA = 24;
    public static final int UPC = 25;
    public static final int BMP = 27;

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(0, "IMPLICIT"), Map.entry(1, "UTF8"),
            Map.entry(2, "UTF16"), Map.entry(3, "SJIS"), Map.entry(6, "HTML"), Map.entry(7, "XML"),
            Map.entry(8, "UUID"), Map.entry(9, "ISRC"), Map.entry(10, "MI3P"), Map.entry(12, "GIF"),
            Map.entry(13, "JPEG"), Map.entry(14, "PNG"), Map.entry(15, "URL"), Map.entry(16, "DURATION"),
            Map.entry(17, "DATETIME"), Map.entry(18, "GENRES"), Map.entry(21, "INTEGER"), Map.entry(24, "RIAA_PA"),
            Map.entry(25, "UPC"), Map.entry(27, "BMP"));

    private AtomDataType() {
    }

    /** Python's {@code repr(AtomDataType(value))}. */
    public static String repr(int value) {
        String n = NAMES.get(value);
        return n == null ? Integer.toString(value) : "<AtomDataType." + n + ": " + value + ">";
    }

    /** Python's {@code str(AtomDataType(value))}. */
    public static String str(int value) {
        String n = NAMES.get(value);
        return n == null ? Integer.toString(value) : "AtomDataType." + n;
    }
}
