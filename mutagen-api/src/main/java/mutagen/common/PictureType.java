// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

/**
 * The picture types of ID3's APIC frame, shared by FLAC and Vorbis picture blocks and ASF's WM/Picture
 * ({@link #code()} is the byte stored in the file).
 *
 * <p>An enum: safe to share across threads.
 */
public enum PictureType {
    /** 0: other. */
    OTHER,
    /** 1: 32x32 PNG file icon. */
    FILE_ICON,
    /** 2: other file icon. */
    OTHER_FILE_ICON,
    /** 3: front cover. */
    COVER_FRONT,
    /** 4: back cover. */
    COVER_BACK,
    /** 5: leaflet page. */
    LEAFLET_PAGE,
    /** 6: media (label side of a CD). */
    MEDIA,
    /** 7: lead artist or soloist. */
    LEAD_ARTIST,
    /** 8: artist or performer. */
    ARTIST,
    /** 9: conductor. */
    CONDUCTOR,
    /** 10: band or orchestra. */
    BAND,
    /** 11: composer. */
    COMPOSER,
    /** 12: lyricist. */
    LYRICIST,
    /** 13: recording location. */
    RECORDING_LOCATION,
    /** 14: during recording. */
    DURING_RECORDING,
    /** 15: during performance. */
    DURING_PERFORMANCE,
    /** 16: movie or video screen capture. */
    SCREEN_CAPTURE,
    /** 17: a bright coloured fish. */
    FISH,
    /** 18: illustration. */
    ILLUSTRATION,
    /** 19: band or artist logotype. */
    BAND_LOGOTYPE,
    /** 20: publisher or studio logotype. */
    PUBLISHER_LOGOTYPE;

    private static final PictureType[] VALUES = values();

    /**
     * The number stored in the file.
     *
     * @return the number stored in the file
     */
    public int code() {
        return ordinal();
    }

    /**
     * The type of a stored number; numbers outside 0..20 are {@link #OTHER}.
     *
     * @param code the code
     * @return the type of a stored number; numbers outside 0..20 are {@link #OTHER}
     */
    public static PictureType of(long code) {
        return code >= 0 && code < VALUES.length ? VALUES[(int) code] : OTHER;
    }
}
