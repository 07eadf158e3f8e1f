// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import mutagen.common.TagMapping;

/**
 * Vorbis comment names of the standard keys, as MusicBrainz Picard writes them (FLAC, Ogg Vorbis, Opus, Speex,
 * Theora, Ogg FLAC). Picard writes a total both as {@code TOTALTRACKS} and {@code TRACKTOTAL}; a
 * {@code TRACKNUMBER} of {@code "3/12"} is read too.
 *
 * <p>Holds only constant tables: safe to share across threads.
 */
public final class VorbisMapping {
    private VorbisMapping() {
    }

    /** The table. */
    public static final TagMapping TABLE = TagMapping.parse("Vorbis comment", """
            TITLE                        | TITLE
            ARTIST                       | ARTIST
            ARTISTS                      | ARTISTS
            ALBUM                        | ALBUM
            ALBUM_ARTIST                 | ALBUMARTIST
            ALBUM_ARTIST                 | ALBUM ARTIST | read
            TRACK_NUMBER                 | TRACKNUMBER | number
            TRACK_TOTAL                  | TOTALTRACKS
            TRACK_TOTAL                  | TRACKTOTAL
            TRACK_TOTAL                  | TRACKNUMBER | read-total
            DISC_NUMBER                  | DISCNUMBER | number
            DISC_TOTAL                   | TOTALDISCS
            DISC_TOTAL                   | DISCTOTAL
            DISC_TOTAL                   | DISCNUMBER | read-total
            DATE                         | DATE
            ORIGINAL_DATE                | ORIGINALDATE
            GENRE                        | GENRE
            COMMENT                      | COMMENT
            COMPOSER                     | COMPOSER
            LYRICIST                     | LYRICIST
            CONDUCTOR                    | CONDUCTOR
            LYRICS                       | LYRICS
            COMPILATION                  | COMPILATION
            BPM                          | BPM
            ISRC                         | ISRC
            LABEL                        | LABEL
            CATALOG_NUMBER               | CATALOGNUMBER
            BARCODE                      | BARCODE
            ASIN                         | ASIN
            SUBTITLE                     | SUBTITLE
            DISC_SUBTITLE                | DISCSUBTITLE
            MEDIA                        | MEDIA
            MOOD                         | MOOD
            COPYRIGHT                    | COPYRIGHT
            ENCODED_BY                   | ENCODEDBY
            LANGUAGE                     | LANGUAGE
            RELEASE_TYPE                 | RELEASETYPE
            RELEASE_STATUS               | RELEASESTATUS
            RELEASE_COUNTRY              | RELEASECOUNTRY
            MUSICBRAINZ_RECORDING_ID     | MUSICBRAINZ_TRACKID
            MUSICBRAINZ_RELEASE_TRACK_ID | MUSICBRAINZ_RELEASETRACKID
            MUSICBRAINZ_ALBUM_ID         | MUSICBRAINZ_ALBUMID
            MUSICBRAINZ_ARTIST_ID        | MUSICBRAINZ_ARTISTID
            MUSICBRAINZ_ALBUM_ARTIST_ID  | MUSICBRAINZ_ALBUMARTISTID
            MUSICBRAINZ_RELEASE_GROUP_ID | MUSICBRAINZ_RELEASEGROUPID
            MUSICBRAINZ_WORK_ID          | MUSICBRAINZ_WORKID
            MUSICBRAINZ_DISC_ID          | MUSICBRAINZ_DISCID
            ACOUSTID_ID                  | ACOUSTID_ID
            REPLAYGAIN_TRACK_GAIN        | REPLAYGAIN_TRACK_GAIN
            REPLAYGAIN_TRACK_PEAK        | REPLAYGAIN_TRACK_PEAK
            REPLAYGAIN_ALBUM_GAIN        | REPLAYGAIN_ALBUM_GAIN
            REPLAYGAIN_ALBUM_PEAK        | REPLAYGAIN_ALBUM_PEAK
            TITLE_SORT                   | TITLESORT
            ARTIST_SORT                  | ARTISTSORT
            ALBUM_SORT                   | ALBUMSORT
            ALBUM_ARTIST_SORT            | ALBUMARTISTSORT
            COMPOSER_SORT                | COMPOSERSORT
            """);
}
