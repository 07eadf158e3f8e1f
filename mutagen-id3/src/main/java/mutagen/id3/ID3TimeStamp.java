// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import mutagen.util.PyCompat;

/**
 * A time stamp in ID3v2.4 form: {@code YYYY-MM-DD HH:MM:SS} or a leading part of it.
 *
 * <p>Mirrors {@code mutagen.id3.ID3TimeStamp}. The text is split on {@code - T : / .} and whitespace into year,
 * month, day, hour, minute and second; parts that are not integers are unset, and {@link #text()} renders the
 * leading set parts again. Ordered and compared by {@link #text()}. Mutable, as in mutagen.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ID3TimeStamp implements Comparable<ID3TimeStamp> {
    // year, month, day, hour, minute, second; null where unset
    private final Long[] parts = new Long[6];
    // text() worked out once per setText: equals, hashCode, ordering and str() all render it.
    private String text;

    /**
     * Parses a time stamp.
     *
     * @param text the text
     */
    public ID3TimeStamp(String text) {
        if (text == null) {
            throw new IllegalArgumentException("not a str");
        }
        setText(text);
    }

    /**
     * A copy of another time stamp.
     *
     * @param other the other one
     */
    public ID3TimeStamp(ID3TimeStamp other) {
        this(other.text());
    }

    /** {@return the year, or {@code null}} */
    public Long year() {
        return parts[0];
    }

    /** {@return the month, or {@code null}} */
    public Long month() {
        return parts[1];
    }

    /** {@return the day, or {@code null}} */
    public Long day() {
        return parts[2];
    }

    /** {@return the hour, or {@code null}} */
    public Long hour() {
        return parts[3];
    }

    /** {@return the minute, or {@code null}} */
    public Long minute() {
        return parts[4];
    }

    /** {@return the second, or {@code null}} */
    public Long second() {
        return parts[5];
    }

    /** {@return the time stamp as text: the leading set parts as {@code YYYY-MM-DD HH:MM:SS}} */
    public String text() {
        if (text == null) {
            StringBuilder sb = new StringBuilder(19);
            for (int i = 0; i < parts.length && parts[i] != null; i++) {
                if (i > 0) {
                    sb.append(SEPARATORS.charAt(i - 1));
                }
                PyCompat.appendZeroPadded(sb, parts[i], i == 0 ? 4 : 2);
            }
            text = sb.toString();
        }
        return text;
    }

    private static final String SEPARATORS = "-- ::";

    /**
     * Parses new text into the parts.
     *
     * @param text the text
     */
    public void setText(String text) {
        this.text = null;
        int len = text.length();
        java.util.Arrays.fill(parts, null);
        int n = 0;
        int start = 0;
        int i = 0;
        // Python: re.split('[-T:/.]|\s+', text + ':::::')[:6]; the appended colons guarantee six fields.
        while (n < 6) {
            if (i >= len) {
                parts[n++] = PyCompat.parseInt(text, start, len);
                // Remaining fields come from the appended ':::::' and are empty.
                break;
            }
            char c = text.charAt(i);
            if (c == '-' || c == 'T' || c == ':' || c == '/' || c == '.') {
                parts[n++] = PyCompat.parseInt(text, start, i);
                i++;
                start = i;
            } else if (PyCompat.isSpace(c)) {
                parts[n++] = PyCompat.parseInt(text, start, i);
                while (i < len && PyCompat.isSpace(text.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
    }

    /** The text, as Python's {@code str()}. */
    @Override
    public String toString() {
        return text();
    }

    @Override
    public int compareTo(ID3TimeStamp o) {
        return text().compareTo(o.text());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ID3TimeStamp && ((ID3TimeStamp) o).text().equals(text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }
}
