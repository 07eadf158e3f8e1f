// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python codec names ({@code codecs.lookup}) as JVM charsets: the name as Java knows it, else Python's normalised
 * spelling mapped to Java's ({@code latin_1} → ISO-8859-1, {@code cp1251} → windows-1251, {@code iso8859_5} →
 * ISO-8859-5, {@code cp932} → windows-31j, ...).
 */
final class PyCodecs {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("latin_1", "ISO-8859-1"), Map.entry("latin1", "ISO-8859-1"), Map.entry("l1", "ISO-8859-1"),
            Map.entry("iso8859", "ISO-8859-1"), Map.entry("8859", "ISO-8859-1"), Map.entry("u8", "UTF-8"),
            Map.entry("utf", "UTF-8"), Map.entry("utf8_ucs2", "UTF-8"), Map.entry("utf8_ucs4", "UTF-8"),
            Map.entry("cp65001", "UTF-8"), Map.entry("cp932", "windows-31j"), Map.entry("ms932", "windows-31j"),
            Map.entry("mskanji", "windows-31j"), Map.entry("ms_kanji", "windows-31j"), Map.entry("cp949", "x-windows-949"),
            Map.entry("ms949", "x-windows-949"), Map.entry("uhc", "x-windows-949"), Map.entry("cp950", "x-windows-950"),
            Map.entry("ms950", "x-windows-950"), Map.entry("cp936", "GBK"), Map.entry("ms936", "GBK"),
            Map.entry("euc_cn", "GB2312"), Map.entry("euccn", "GB2312"), Map.entry("big5_tw", "Big5"),
            Map.entry("csbig5", "Big5"), Map.entry("big5hkscs", "Big5-HKSCS"), Map.entry("hkscs", "Big5-HKSCS"),
            Map.entry("s_jis", "Shift_JIS"), Map.entry("sjis", "Shift_JIS"), Map.entry("ascii", "US-ASCII"),
            Map.entry("646", "US-ASCII"), Map.entry("us", "US-ASCII"), Map.entry("koi8_r", "KOI8-R"),
            Map.entry("koi8_u", "KOI8-U"), Map.entry("mac_roman", "x-MacRoman"), Map.entry("macroman", "x-MacRoman"),
            Map.entry("mac_cyrillic", "x-MacCyrillic"), Map.entry("maccyrillic", "x-MacCyrillic"),
            Map.entry("utf_16", "x-UTF-16LE-BOM"), Map.entry("u16", "x-UTF-16LE-BOM"), Map.entry("utf16", "x-UTF-16LE-BOM"), Map.entry("utf_16_le", "UTF-16LE"),
            Map.entry("utf_16le", "UTF-16LE"), Map.entry("utf_16_be", "UTF-16BE"), Map.entry("utf_16be", "UTF-16BE"),
            Map.entry("utf_32", "X-UTF-32LE-BOM"), Map.entry("utf32", "X-UTF-32LE-BOM"), Map.entry("utf_32_le", "UTF-32LE"), Map.entry("utf_32_be", "UTF-32BE"),
            Map.entry("tis_620", "TIS-620"), Map.entry("tis620", "TIS-620"));

    private PyCodecs() {
    }

    /** {@code locale.getpreferredencoding()}: the locale's charset; UTF-8 in the C locale (Python coerces it). */
    static String preferred() {
        String name = System.getProperty("native.encoding", "UTF-8");
        return name.equals("ANSI_X3.4-1968") || name.equals("US-ASCII") ? "UTF-8" : name;
    }

    /** The charset of a Python codec name, or {@code null} where Python raises LookupError. */
    static Charset lookup(String name) {
        String norm = name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        List<String> candidates = new ArrayList<>();
        if (ALIASES.containsKey(norm)) {
            candidates.add(ALIASES.get(norm));
        }
        candidates.add(name.strip());
        candidates.add(norm.replace('_', '-'));
        if (norm.matches("(cp|windows_)125\\d")) {
            candidates.add("windows-" + norm.substring(norm.length() - 4));
        } else if (norm.matches("cp\\d+")) {
            candidates.add("IBM" + norm.substring(2));
            candidates.add("x-IBM" + norm.substring(2));
        } else if (norm.matches("iso_?8859_?\\d+")) {
            candidates.add("ISO-8859-" + norm.replaceAll(".*?(\\d+)$", "$1"));
        } else if (norm.matches("latin_?\\d")) {
            candidates.add(latin(norm.charAt(norm.length() - 1) - '0'));
        }
        for (String c : candidates) {
            try {
                if (c != null && Charset.isSupported(c)) {
                    return Charset.forName(c);
                }
            } catch (IllegalArgumentException e) {
                // not a legal charset name: try the next spelling
            }
        }
        return null;
    }

    private static String latin(int n) {
        int[] iso = {0, 1, 2, 3, 4, 9, 10, 13, 14, 15, 16};
        return n > 0 && n < iso.length ? "ISO-8859-" + iso[n] : null;
    }
}
