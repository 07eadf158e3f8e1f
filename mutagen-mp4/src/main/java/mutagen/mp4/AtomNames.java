// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.nio.charset.StandardCharsets;
import mutagen.util.Bytes;

/**
 * The names of the atoms a parse meets most, by their four bytes: one shared {@code String} each instead of one per
 * atom, and which of them are the containers mutagen descends into (its {@code _CONTAINERS}). Other names are made
 * as they come.
 *
 * <p>Thread-safe: immutable once built.
 */
final class AtomNames {
    /** mutagen's {@code _CONTAINERS}. */
    private static final String[] CONTAINERS = {"moov", "udta", "trak", "mdia", "meta", "ilst", "stbl", "minf",
        "moof", "traf"};
    /** Other frequent names: file structure, sample tables, sample entries, fragments and the iTunes items. */
    private static final String[] OTHERS = {"ftyp", "mdat", "free", "skip", "wide", "uuid", "mvhd", "tkhd", "mdhd",
        "hdlr", "smhd", "vmhd", "nmhd", "gmhd", "dinf", "dref", "url ", "stsd", "stts", "stsc", "stsz", "stz2",
        "stco", "co64", "ctts", "stss", "sdtp", "sgpd", "sbgp", "edts", "elst", "iods", "tref", "chap", "chpl",
        "data", "mean", "name", "mp4a", "alac", "ac-3", "ec-3", "esds", "dac3", "btrt", "mvex", "trex", "mehd",
        "mfhd", "tfhd", "tfdt", "trun", "sidx", "mfra", "tfra", "mfro", "----", "trkn", "disk", "gnre", "covr",
        "tmpo", "cpil", "pgap", "pcst", "hdvd", "stik", "rtng", "plID", "cnID", "geID", "atID", "sfID", "cmID",
        "akID", "tvsn", "tves", "shwm", "purl", "egid", "aART", "desc", "purd", "catg", "keyw", "cprt", "soal",
        "soaa", "soar", "sonm", "soco", "sosn", "tvsh", "\u00a9nam", "\u00a9alb", "\u00a9ART", "\u00a9wrt",
        "\u00a9day", "\u00a9cmt", "\u00a9grp", "\u00a9gen", "\u00a9lyr", "\u00a9too", "\u00a9mvi", "\u00a9mvc"};
    private static final int SLOTS = 512;
    private static final int[] KEYS = new int[SLOTS];
    private static final String[] NAMES = new String[SLOTS];
    private static final boolean[] CONTAINER = new boolean[SLOTS];

    static {
        for (String n : CONTAINERS) {
            CONTAINER[put(n)] = true;
        }
        for (String n : OTHERS) {
            put(n);
        }
    }

    private AtomNames() {
    }

    private static int put(String name) {
        int key = (int) Bytes.u32be(name.getBytes(StandardCharsets.ISO_8859_1), 0);
        int slot = slot(key);
        if (NAMES[slot] != null) {
            throw new IllegalStateException("duplicate atom name " + name);
        }
        KEYS[slot] = key;
        NAMES[slot] = name;
        return slot;
    }

    /** The slot of {@code key}: where it is, or the free one where it would go (linear probing). */
    private static int slot(int key) {
        int i = (key * 0x9E3779B9) >>> 23;
        while (NAMES[i] != null && KEYS[i] != key) {
            i = (i + 1) & (SLOTS - 1);
        }
        return i;
    }

    /** The name of the four bytes at {@code at} (ISO-8859-1, as mutagen's names are bytes). */
    static String name(byte[] data, int at) {
        String known = NAMES[slot((int) Bytes.u32be(data, at))];
        return known != null ? known : new String(data, at, 4, StandardCharsets.ISO_8859_1);
    }

    /** Whether mutagen descends into atoms of this name. */
    static boolean isContainer(String name) {
        if (name.length() != 4) {
            return false;
        }
        int key = 0;
        for (int i = 0; i < 4; i++) {
            key = key << 8 | (name.charAt(i) & 0xFF);
        }
        int slot = slot(key);
        return CONTAINER[slot] && name.equals(NAMES[slot]);
    }
}
