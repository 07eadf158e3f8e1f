// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3.view;

import mutagen.common.TagMapping;

/**
 * ID3v2 frames of the standard keys, as MusicBrainz Picard writes them (ID3v2.4 frame IDs; mutagen's loader
 * upgrades v2.2/v2.3 frames to them). {@code COMM} and {@code USLT} stand for the frames with an empty
 * description; {@code TXXX:desc} and {@code UFID:owner} are mutagen's frame keys.
 */
final class ID3Mapping {
    private ID3Mapping() {
    }

    static final TagMapping TABLE = TagMapping.parse("ID3v2", """
            TITLE                        | TIT2
            ARTIST                       | TPE1
            ARTISTS                      | TXXX:ARTISTS
            ALBUM                        | TALB
            ALBUM_ARTIST                 | TPE2
            TRACK_NUMBER                 | TRCK | number
            TRACK_TOTAL                  | TRCK | total
            DISC_NUMBER                  | TPOS | number
            DISC_TOTAL                   | TPOS | total
            DATE                         | TDRC
            ORIGINAL_DATE                | TDOR
            GENRE                        | TCON
            COMMENT                      | COMM
            COMPOSER                     | TCOM
            LYRICIST                     | TEXT
            CONDUCTOR                    | TPE3
            LYRICS                       | USLT
            COMPILATION                  | TCMP
            BPM                          | TBPM
            ISRC                         | TSRC
            LABEL                        | TPUB
            CATALOG_NUMBER               | TXXX:CATALOGNUMBER
            BARCODE                      | TXXX:BARCODE
            ASIN                         | TXXX:ASIN
            SUBTITLE                     | TIT3
            DISC_SUBTITLE                | TSST
            MEDIA                        | TMED
            MOOD                         | TMOO
            COPYRIGHT                    | TCOP
            ENCODED_BY                   | TENC
            LANGUAGE                     | TLAN
            RELEASE_TYPE                 | TXXX:MusicBrainz Album Type
            RELEASE_STATUS               | TXXX:MusicBrainz Album Status
            RELEASE_COUNTRY              | TXXX:MusicBrainz Album Release Country
            MUSICBRAINZ_RECORDING_ID     | UFID:http://musicbrainz.org
            MUSICBRAINZ_RELEASE_TRACK_ID | TXXX:MusicBrainz Release Track Id
            MUSICBRAINZ_ALBUM_ID         | TXXX:MusicBrainz Album Id
            MUSICBRAINZ_ARTIST_ID        | TXXX:MusicBrainz Artist Id
            MUSICBRAINZ_ALBUM_ARTIST_ID  | TXXX:MusicBrainz Album Artist Id
            MUSICBRAINZ_RELEASE_GROUP_ID | TXXX:MusicBrainz Release Group Id
            MUSICBRAINZ_WORK_ID          | TXXX:MusicBrainz Work Id
            MUSICBRAINZ_DISC_ID          | TXXX:MusicBrainz Disc Id
            ACOUSTID_ID                  | TXXX:Acoustid Id
            REPLAYGAIN_TRACK_GAIN        | TXXX:REPLAYGAIN_TRACK_GAIN
            REPLAYGAIN_TRACK_GAIN        | TXXX:replaygain_track_gain | read
            REPLAYGAIN_TRACK_PEAK        | TXXX:REPLAYGAIN_TRACK_PEAK
            REPLAYGAIN_TRACK_PEAK        | TXXX:replaygain_track_peak | read
            REPLAYGAIN_ALBUM_GAIN        | TXXX:REPLAYGAIN_ALBUM_GAIN
            REPLAYGAIN_ALBUM_GAIN        | TXXX:replaygain_album_gain | read
            REPLAYGAIN_ALBUM_PEAK        | TXXX:REPLAYGAIN_ALBUM_PEAK
            REPLAYGAIN_ALBUM_PEAK        | TXXX:replaygain_album_peak | read
            TITLE_SORT                   | TSOT
            ARTIST_SORT                  | TSOP
            ALBUM_SORT                   | TSOA
            ALBUM_ARTIST_SORT            | TSO2
            COMPOSER_SORT                | TSOC
            """);
}
