// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * The picture type byte of APIC (also used by FLAC and ASF pictures). Values outside the 21 named ones are kept.
 *
 * <p>Mirrors {@code mutagen.id3.PictureType}, an integer enumeration: {@link #toString()} gives
 * {@code PictureType.COVER_FRONT} for a named value and the bare number otherwise.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class PictureType implements Comparable<PictureType> {
    private static final String[] NAMES = {
        "OTHER", "FILE_ICON", "OTHER_FILE_ICON", "COVER_FRONT", "COVER_BACK", "LEAFLET_PAGE", "MEDIA",
        "LEAD_ARTIST", "ARTIST", "CONDUCTOR", "BAND", "COMPOSER", "LYRICIST", "RECORDING_LOCATION",
        "DURING_RECORDING", "DURING_PERFORMANCE", "SCREEN_CAPTURE", "FISH", "ILLUSTRATION", "BAND_LOGOTYPE",
        "PUBLISHER_LOGOTYPE",
    };
    private static final PictureType[] CACHE = new PictureType[256];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PictureType(i);
        }
    }

    /** Other. */
    public static final PictureType OTHER = CACHE[0];
    /** 32x32 pixels 'file icon' (PNG only). */
    public static final PictureType FILE_ICON = CACHE[1];
    /** Other file icon. */
    public static final PictureType OTHER_FILE_ICON = CACHE[2];
    /** Cover (front). */
    public static final PictureType COVER_FRONT = CACHE[3];
    /** Cover (back). */
    public static final PictureType COVER_BACK = CACHE[4];
    /** Leaflet page. */
    public static final PictureType LEAFLET_PAGE = CACHE[5];
    /** Media (e.g. label side of CD). */
    public static final PictureType MEDIA = CACHE[6];
    /** Lead artist/lead performer/soloist. */
    public static final PictureType LEAD_ARTIST = CACHE[7];
    /** Artist/performer. */
    public static final PictureType ARTIST = CACHE[8];
    /** Conductor. */
    public static final PictureType CONDUCTOR = CACHE[9];
    /** Band/Orchestra. */
    public static final PictureType BAND = CACHE[10];
    /** Composer. */
    public static final PictureType COMPOSER = CACHE[11];
    /** Lyricist/text writer. */
    public static final PictureType LYRICIST = CACHE[12];
    /** Recording Location. */
    public static final PictureType RECORDING_LOCATION = CACHE[13];
    /** During recording. */
    public static final PictureType DURING_RECORDING = CACHE[14];
    /** During performance. */
    public static final PictureType DURING_PERFORMANCE = CACHE[15];
    /** Movie/video screen capture. */
    public static final PictureType SCREEN_CAPTURE = CACHE[16];
    /** A bright coloured fish. */
    public static final PictureType FISH = CACHE[17];
    /** Illustration. */
    public static final PictureType ILLUSTRATION = CACHE[18];
    /** Band/artist logotype. */
    public static final PictureType BAND_LOGOTYPE = CACHE[19];
    /** Publisher/Studio logotype. */
    public static final PictureType PUBLISHER_LOGOTYPE = CACHE[20];

    private final int value;

    private PictureType(int value) {
        this.value = value;
    }

    /**
     * {@return the picture type of a byte value}
     *
     * @param value the value
     * @throws IllegalArgumentException outside 0..255
     */
    public static PictureType of(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("bytes must be in range(0, 256)");
        }
        return CACHE[value];
    }

    /** {@return the byte value} */
    public int value() {
        return value;
    }

    /** {@return the constant's name ({@code COVER_FRONT}), or {@code null} for an unnamed value} */
    public String name() {
        return value < NAMES.length ? NAMES[value] : null;
    }

    /** {@return the text APIC's pprint uses: {@code cover front}, or the number for an unnamed value} */
    public String pprintName() {
        String n = name();
        return n == null ? Integer.toString(value) : n.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Python's {@code str()}: {@code PictureType.COVER_FRONT}, or the number for an unnamed value. */
    @Override
    public String toString() {
        String n = name();
        return n == null ? Integer.toString(value) : "PictureType." + n;
    }

    /** {@return python's {@code repr()}: {@code <PictureType.COVER_FRONT: 3>}, or the number for an unnamed value} */
    public String repr() {
        String n = name();
        return n == null ? Integer.toString(value) : "<PictureType." + n + ": " + value + ">";
    }

    @Override
    public int compareTo(PictureType o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PictureType && ((PictureType) o).value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }
}
