// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import java.util.Locale;

/**
 * The field names Vorbis comments use most (the Vorbis comment recommendations, ReplayGain, MusicBrainz and common
 * tagger fields), upper-case and lower-case: a comment read with one of these names shares its key and lower-case key
 * instead of making two strings per comment. Names are looked up by their bytes ({@link KeyIndex#find(byte[], int, int,
 * int)}).
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
    /** The names lower-cased, each spelt upper-case (the lower-case spelling is the lower-cased key itself). */
    static final KeyIndex TABLE = table();

    private VorbisKeys() {
    }

    private static KeyIndex table() {
        KeyIndex table = new KeyIndex(NAMES.length);
        table.keepSpellings();
        for (String name : NAMES) {
            table.add(name.toLowerCase(Locale.ROOT), name);
        }
        return table;
    }
}
