// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf.view;

import mutagen.common.TagMapping;

/**
 * ASF (WMA) attribute names of the standard keys, as MusicBrainz Picard writes them. Picard keeps no track total
 * in ASF; the disc total goes into {@code WM/PartOfSet} as {@code "1/2"}.
 */
final class ASFMapping {
    private ASFMapping() {
    }

    static final TagMapping TABLE = TagMapping.parse("ASF", """
            TITLE                        | Title
            ARTIST                       | Author
            ARTISTS                      | WM/ARTISTS
            ALBUM                        | WM/AlbumTitle
            ALBUM_ARTIST                 | WM/AlbumArtist
            TRACK_NUMBER                 | WM/TrackNumber | number
            DISC_NUMBER                  | WM/PartOfSet | number
            DISC_TOTAL                   | WM/PartOfSet | total
            DATE                         | WM/Year
            ORIGINAL_DATE                | WM/OriginalReleaseTime
            GENRE                        | WM/Genre
            COMMENT                      | Description
            COMPOSER                     | WM/Composer
            LYRICIST                     | WM/Writer
            CONDUCTOR                    | WM/Conductor
            LYRICS                       | WM/Lyrics
            COMPILATION                  | WM/IsCompilation
            BPM                          | WM/BeatsPerMinute
            ISRC                         | WM/ISRC
            LABEL                        | WM/Publisher
            CATALOG_NUMBER               | WM/CatalogNo
            BARCODE                      | WM/Barcode
            ASIN                         | ASIN
            SUBTITLE                     | WM/SubTitle
            DISC_SUBTITLE                | WM/SetSubTitle
            MEDIA                        | WM/Media
            MOOD                         | WM/Mood
            COPYRIGHT                    | Copyright
            ENCODED_BY                   | WM/EncodedBy
            LANGUAGE                     | WM/Language
            RELEASE_TYPE                 | MusicBrainz/Album Type
            RELEASE_STATUS               | MusicBrainz/Album Status
            RELEASE_COUNTRY              | MusicBrainz/Album Release Country
            MUSICBRAINZ_RECORDING_ID     | MusicBrainz/Track Id
            MUSICBRAINZ_RELEASE_TRACK_ID | MusicBrainz/Release Track Id
            MUSICBRAINZ_ALBUM_ID         | MusicBrainz/Album Id
            MUSICBRAINZ_ARTIST_ID        | MusicBrainz/Artist Id
            MUSICBRAINZ_ALBUM_ARTIST_ID  | MusicBrainz/Album Artist Id
            MUSICBRAINZ_RELEASE_GROUP_ID | MusicBrainz/Release Group Id
            MUSICBRAINZ_WORK_ID          | MusicBrainz/Work Id
            MUSICBRAINZ_DISC_ID          | MusicBrainz/Disc Id
            ACOUSTID_ID                  | Acoustid/Id
            REPLAYGAIN_TRACK_GAIN        | REPLAYGAIN_TRACK_GAIN
            REPLAYGAIN_TRACK_GAIN        | replaygain_track_gain | read
            REPLAYGAIN_TRACK_PEAK        | REPLAYGAIN_TRACK_PEAK
            REPLAYGAIN_TRACK_PEAK        | replaygain_track_peak | read
            REPLAYGAIN_ALBUM_GAIN        | REPLAYGAIN_ALBUM_GAIN
            REPLAYGAIN_ALBUM_GAIN        | replaygain_album_gain | read
            REPLAYGAIN_ALBUM_PEAK        | REPLAYGAIN_ALBUM_PEAK
            REPLAYGAIN_ALBUM_PEAK        | replaygain_album_peak | read
            TITLE_SORT                   | WM/TitleSortOrder
            ARTIST_SORT                  | WM/ArtistSortOrder
            ALBUM_SORT                   | WM/AlbumSortOrder
            ALBUM_ARTIST_SORT            | WM/AlbumArtistSortOrder
            COMPOSER_SORT                | WM/ComposerSortOrder
            """);
}
