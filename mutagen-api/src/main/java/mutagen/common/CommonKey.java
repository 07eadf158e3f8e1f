// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

/**
 * The standard keys of the cross-format view ({@link CommonTags}), named after MusicBrainz Picard's internal tag
 * names ({@link #picardName()}). Each format maps them to its native keys in a {@link TagMapping}; the whole table
 * is in {@code docs/KEYS.md}.
 *
 * <p>An enum: safe to share across threads.
 */
public enum CommonKey {
    /** Track title. */
    TITLE("title"),
    /** Track artist (one value per artist when the format allows several). */
    ARTIST("artist"),
    /** The track artists as separate names (Picard's "artists"). */
    ARTISTS("artists"),
    /** Album (release) title. */
    ALBUM("album"),
    /** Album artist. */
    ALBUM_ARTIST("albumartist"),
    /** Track number. */
    TRACK_NUMBER("tracknumber"),
    /** Number of tracks on the medium. */
    TRACK_TOTAL("totaltracks"),
    /** Disc (medium) number. */
    DISC_NUMBER("discnumber"),
    /** Number of discs. */
    DISC_TOTAL("totaldiscs"),
    /** Release date (YYYY, YYYY-MM or YYYY-MM-DD). */
    DATE("date"),
    /** Original release date. */
    ORIGINAL_DATE("originaldate"),
    /** Genre. */
    GENRE("genre"),
    /** Comment (the one without a description). */
    COMMENT("comment"),
    /** Composer. */
    COMPOSER("composer"),
    /** Lyricist. */
    LYRICIST("lyricist"),
    /** Conductor. */
    CONDUCTOR("conductor"),
    /** Lyrics (unsynchronised, without a description). */
    LYRICS("lyrics"),
    /** Compilation flag ("1" when the release is a compilation). */
    COMPILATION("compilation"),
    /** Beats per minute. */
    BPM("bpm"),
    /** International Standard Recording Code. */
    ISRC("isrc"),
    /** Record label. */
    LABEL("label"),
    /** Catalogue number. */
    CATALOG_NUMBER("catalognumber"),
    /** Barcode (UPC/EAN). */
    BARCODE("barcode"),
    /** Amazon Standard Identification Number. */
    ASIN("asin"),
    /** Track subtitle. */
    SUBTITLE("subtitle"),
    /** Disc subtitle. */
    DISC_SUBTITLE("discsubtitle"),
    /** Medium format (CD, vinyl, ...). */
    MEDIA("media"),
    /** Mood. */
    MOOD("mood"),
    /** Copyright message. */
    COPYRIGHT("copyright"),
    /** Encoded by. */
    ENCODED_BY("encodedby"),
    /** Language of the lyrics (ISO 639-3). */
    LANGUAGE("language"),
    /** MusicBrainz release type (album, single, ...). */
    RELEASE_TYPE("releasetype"),
    /** MusicBrainz release status (official, promotion, ...). */
    RELEASE_STATUS("releasestatus"),
    /** Release country. */
    RELEASE_COUNTRY("releasecountry"),
    /**
     * MusicBrainz recording id: what files (and mutagen's EasyID3/EasyMP4) call the "MusicBrainz Track Id"
     * (ID3 {@code UFID:http://musicbrainz.org}).
     */
    MUSICBRAINZ_RECORDING_ID("musicbrainz_recordingid"),
    /** MusicBrainz release track id ("MusicBrainz Release Track Id"). */
    MUSICBRAINZ_RELEASE_TRACK_ID("musicbrainz_trackid"),
    /** MusicBrainz release id ("MusicBrainz Album Id"). */
    MUSICBRAINZ_ALBUM_ID("musicbrainz_albumid"),
    /** MusicBrainz artist id. */
    MUSICBRAINZ_ARTIST_ID("musicbrainz_artistid"),
    /** MusicBrainz release artist id. */
    MUSICBRAINZ_ALBUM_ARTIST_ID("musicbrainz_albumartistid"),
    /** MusicBrainz release group id. */
    MUSICBRAINZ_RELEASE_GROUP_ID("musicbrainz_releasegroupid"),
    /** MusicBrainz work id. */
    MUSICBRAINZ_WORK_ID("musicbrainz_workid"),
    /** MusicBrainz disc id. */
    MUSICBRAINZ_DISC_ID("musicbrainz_discid"),
    /** AcoustID. */
    ACOUSTID_ID("acoustid_id"),
    /** ReplayGain track gain ("-6.48 dB"). */
    REPLAYGAIN_TRACK_GAIN("replaygain_track_gain"),
    /** ReplayGain track peak ("0.988831"). */
    REPLAYGAIN_TRACK_PEAK("replaygain_track_peak"),
    /** ReplayGain album gain. */
    REPLAYGAIN_ALBUM_GAIN("replaygain_album_gain"),
    /** ReplayGain album peak. */
    REPLAYGAIN_ALBUM_PEAK("replaygain_album_peak"),
    /** Title sort name. */
    TITLE_SORT("titlesort"),
    /** Artist sort name. */
    ARTIST_SORT("artistsort"),
    /** Album sort name. */
    ALBUM_SORT("albumsort"),
    /** Album artist sort name. */
    ALBUM_ARTIST_SORT("albumartistsort"),
    /** Composer sort name. */
    COMPOSER_SORT("composersort");

    private final String picardName;

    CommonKey(String picardName) {
        this.picardName = picardName;
    }

    /**
     * Picard's internal name of the key ({@code "albumartist"}, {@code "musicbrainz_recordingid"}).
     *
     * @return picard's internal name of the key ({@code "albumartist"}, {@code "musicbrainz_recordingid"})
     */
    public String picardName() {
        return picardName;
    }
}
