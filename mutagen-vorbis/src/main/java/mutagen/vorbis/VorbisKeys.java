// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The field names Vorbis comments use most (the Vorbis comment recommendations, ReplayGain, MusicBrainz and common
 * tagger fields), upper-case and lower-case: a comment read with one of these names shares its key and lower-case key
 * instead of making two strings per comment. Names are looked up by their bytes, among the names of the same length.
 *
 * <p>Thread-safe: immutable once built.
 */
final class VorbisKeys {
    private static final String[] NAMES = {"TITLE", "VERSION", "ALBUM", "TRACKNUMBER", "TRACKTOTAL", "TOTALTRACKS",
        "DISCNUMBER", "DISCTOTAL", "TOTALDISCS", "ARTIST", "ALBUMARTIST", "ALBUM ARTIST", "PERFORMER", "COPYRIGHT",
        "LICENSE", "ORGANIZATION", "DESCRIPTION", "GENRE", "DATE", "YEAR", "LOCATION", "CONTACT", "ISRC", "COMMENT",
        "COMPOSER", "CONDUCTOR", "LYRICIST", "ENCODER", "ENCODED_BY", "ENCODEDBY", "ENCODER_OPTIONS", "LYRICS",
        "LANGUAGE", "LABEL", "BPM", "MOOD", "GROUPING", "COMPILATION", "REPLAYGAIN_TRACK_GAIN",
        "REPLAYGAIN_TRACK_PEAK", "REPLAYGAIN_ALBUM_GAIN", "REPLAYGAIN_ALBUM_PEAK", "REPLAYGAIN_REFERENCE_LOUDNESS",
        "R128_TRACK_GAIN", "R128_ALBUM_GAIN", "METADATA_BLOCK_PICTURE", "COVERART", "COVERARTMIME",
        "MUSICBRAINZ_TRACKID", "MUSICBRAINZ_ALBUMID", "MUSICBRAINZ_ARTISTID", "MUSICBRAINZ_ALBUMARTISTID",
        "MUSICBRAINZ_RELEASEGROUPID", "MUSICBRAINZ_RELEASETRACKID", "MUSICBRAINZ_WORKID", "MUSICBRAINZ_TRMID",
        "MUSICBRAINZ_DISCID", "ALBUMSORT", "ARTISTSORT", "ALBUMARTISTSORT", "TITLESORT", "COMPOSERSORT", "ASIN",
        "BARCODE", "CATALOGNUMBER", "MEDIA", "RELEASECOUNTRY", "RELEASESTATUS", "RELEASETYPE", "SCRIPT",
        "ORIGINALDATE", "ORIGINALYEAR", "WEBSITE", "WWW", "SOURCEMEDIA", "DISCSUBTITLE", "SUBTITLE", "PRODUCER",
        "ENGINEER", "MIXER", "REMIXER", "ARRANGER", "WRITER", "ACOUSTID_ID", "ACOUSTID_FINGERPRINT"};
    private static final int MAX = 32;
    /** By length: the known keys (both cases) and, at the same index, their lower-case forms. */
    private static final String[][] KEYS = new String[MAX][];
    private static final String[][] LOWER = new String[MAX][];

    static {
        List<List<String>> keys = new ArrayList<>();
        List<List<String>> lower = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            keys.add(new ArrayList<>());
            lower.add(new ArrayList<>());
        }
        for (String name : NAMES) {
            String low = name.toLowerCase(Locale.ROOT);
            keys.get(name.length()).add(name);
            lower.get(name.length()).add(low);
            keys.get(name.length()).add(low);
            lower.get(name.length()).add(low);
        }
        for (int i = 0; i < MAX; i++) {
            KEYS[i] = keys.get(i).toArray(new String[0]);
            LOWER[i] = lower.get(i).toArray(new String[0]);
        }
    }

    private VorbisKeys() {
    }

    /**
     * The index among the known keys of length {@code len} of the ASCII bytes {@code data[from, from + len)}, or -1.
     */
    static int find(byte[] data, int from, int len) {
        if (len >= MAX) {
            return -1;
        }
        String[] candidates = KEYS[len];
        for (int k = 0; k < candidates.length; k++) {
            String c = candidates[k];
            int i = 0;
            while (i < len && c.charAt(i) == data[from + i]) {
                i++;
            }
            if (i == len) {
                return k;
            }
        }
        return -1;
    }

    /** The known key {@code index} of length {@code len} (as {@link #find} answered). */
    static String key(int len, int index) {
        return KEYS[len][index];
    }

    /** The lower-case form of the known key {@code index} of length {@code len}. */
    static String lower(int len, int index) {
        return LOWER[len][index];
    }
}
