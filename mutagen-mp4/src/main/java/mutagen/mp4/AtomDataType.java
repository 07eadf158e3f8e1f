// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.util.Map;

/**
 * The data types of iTunes {@code data} atoms. Mirrors {@code mutagen.mp4.AtomDataType}, an int enum: values are
 * plain {@code int}s (a file may hold any), and {@link #repr(int)} is Python's repr ({@code <AtomDataType.UTF8: 1>},
 * or the number for a value without a name).
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class AtomDataType {
    /** Type 0: no type given (for example {@code gnre}, {@code trkn}, {@code disk}). */
    public static final int IMPLICIT = 0;
    /** Type 1: UTF-8 text. */
    public static final int UTF8 = 1;
    /** Type 2: UTF-16 text. */
    public static final int UTF16 = 2;
    /** Type 3: Shift-JIS text. */
    public static final int SJIS = 3;
    /** Type 6: HTML text. */
    public static final int HTML = 6;
    /** Type 7: XML text. */
    public static final int XML = 7;
    /** Type 8: a UUID. */
    public static final int UUID = 8;
    /** Type 9: an ISRC code. */
    public static final int ISRC = 9;
    /** Type 10: an MI3P code. */
    public static final int MI3P = 10;
    /** Type 12: a GIF image. */
    public static final int GIF = 12;
    /** Type 13: a JPEG image. */
    public static final int JPEG = 13;
    /** Type 14: a PNG image. */
    public static final int PNG = 14;
    /** Type 15: a URL. */
    public static final int URL = 15;
    /** Type 16: a duration in milliseconds. */
    public static final int DURATION = 16;
    /** Type 17: a date and time. */
    public static final int DATETIME = 17;
    /** Type 18: a list of genre codes. */
    public static final int GENRES = 18;
    /** Type 21: a big-endian signed integer. */
    public static final int INTEGER = 21;
    /** Type 24: the RIAA parental advisory byte. */
    public static final int RIAA_PA = 24;
    /** Type 25: a UPC code. */
    public static final int UPC = 25;
    /** Type 27: a BMP image. */
    public static final int BMP = 27;

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(0, "IMPLICIT"), Map.entry(1, "UTF8"),
            Map.entry(2, "UTF16"), Map.entry(3, "SJIS"), Map.entry(6, "HTML"), Map.entry(7, "XML"),
            Map.entry(8, "UUID"), Map.entry(9, "ISRC"), Map.entry(10, "MI3P"), Map.entry(12, "GIF"),
            Map.entry(13, "JPEG"), Map.entry(14, "PNG"), Map.entry(15, "URL"), Map.entry(16, "DURATION"),
            Map.entry(17, "DATETIME"), Map.entry(18, "GENRES"), Map.entry(21, "INTEGER"), Map.entry(24, "RIAA_PA"),
            Map.entry(25, "UPC"), Map.entry(27, "BMP"));

    private AtomDataType() {
    }

    /**
     * Python's {@code repr(AtomDataType(value))}.
     *
     * @param value the value
     * @return python's {@code repr(AtomDataType(value))}
     */
    public static String repr(int value) {
        String n = NAMES.get(value);
        return n == null ? Integer.toString(value) : "<AtomDataType." + n + ": " + value + ">";
    }

    /**
     * Python's {@code str(AtomDataType(value))}.
     *
     * @param value the value
     * @return python's {@code str(AtomDataType(value))}
     */
    public static String str(int value) {
        String n = NAMES.get(value);
        return n == null ? Integer.toString(value) : "AtomDataType." + n;
    }
}
