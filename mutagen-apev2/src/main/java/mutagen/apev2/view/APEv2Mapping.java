// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2.view;

import mutagen.common.TagMapping;

/**
 * APEv2 item keys of the standard keys, as MusicBrainz Picard writes them: its own names where it has one, else
 * its tag name in Python's {@code str.title()} case ({@code Musicbrainz_Albumid}); APEv2 keys are read in any case.
 */
final class APEv2Mapping {
    private APEv2Mapping() {
    }

    static final TagMapping TABLE = TagMapping.parse("APEv2", """
            TITLE                        | Title
            ARTIST                       | Artist
            ARTISTS                      | Artists
            ALBUM                        | Album
            ALBUM_ARTIST                 | Album Artist
            TRACK_NUMBER                 | Track | number
            TRACK_TOTAL                  | Track | total
            DISC_NUMBER                  | Disc | number
            DISC_TOTAL                   | Disc | total
            DATE                         | Year
            ORIGINAL_DATE                | Originaldate
            GENRE                        | Genre
            COMMENT                      | Comment
            COMPOSER                     | Composer
            LYRICIST                     | Lyricist
            CONDUCTOR                    | Conductor
            LYRICS                       | Lyrics
            COMPILATION                  | Compilation
            BPM                          | BPM
            ISRC                         | ISRC
            LABEL                        | Label
            CATALOG_NUMBER               | CatalogNumber
            BARCODE                      | Barcode
            ASIN                         | Asin
            SUBTITLE                     | Subtitle
            DISC_SUBTITLE                | DiscSubtitle
            MEDIA                        | Media
            MOOD                         | Mood
            COPYRIGHT                    | Copyright
            ENCODED_BY                   | EncodedBy
            LANGUAGE                     | Language
            RELEASE_TYPE                 | MUSICBRAINZ_ALBUMTYPE
            RELEASE_STATUS               | MUSICBRAINZ_ALBUMSTATUS
            RELEASE_COUNTRY              | Releasecountry
            MUSICBRAINZ_RECORDING_ID     | musicbrainz_trackid
            MUSICBRAINZ_RELEASE_TRACK_ID | musicbrainz_releasetrackid
            MUSICBRAINZ_ALBUM_ID         | Musicbrainz_Albumid
            MUSICBRAINZ_ARTIST_ID        | Musicbrainz_Artistid
            MUSICBRAINZ_ALBUM_ARTIST_ID  | Musicbrainz_Albumartistid
            MUSICBRAINZ_RELEASE_GROUP_ID | Musicbrainz_Releasegroupid
            MUSICBRAINZ_WORK_ID          | Musicbrainz_Workid
            MUSICBRAINZ_DISC_ID          | Musicbrainz_Discid
            ACOUSTID_ID                  | Acoustid_Id
            REPLAYGAIN_TRACK_GAIN        | REPLAYGAIN_TRACK_GAIN
            REPLAYGAIN_TRACK_PEAK        | REPLAYGAIN_TRACK_PEAK
            REPLAYGAIN_ALBUM_GAIN        | REPLAYGAIN_ALBUM_GAIN
            REPLAYGAIN_ALBUM_PEAK        | REPLAYGAIN_ALBUM_PEAK
            TITLE_SORT                   | Titlesort
            ARTIST_SORT                  | Artistsort
            ALBUM_SORT                   | Albumsort
            ALBUM_ARTIST_SORT            | Albumartistsort
            COMPOSER_SORT                | Composersort
            """);

    /** The {@code Cover Art (...)} item of each picture type, in {@link mutagen.common.PictureType} order. */
    static final String[] COVER_KEYS = {
        "Other", "Png Icon", "Icon", "Front", "Back", "Leaflet", "Media", "Lead Artist", "Artist", "Conductor",
        "Band", "Composer", "Lyricist", "Recording Location", "During Recording", "During Performance",
        "Video Capture", "Fish", "Illustration", "Band Logotype", "Publisher Logotype",
    };
}
