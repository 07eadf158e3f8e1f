// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4.view;

import mutagen.common.TagMapping;

/**
 * MP4 atoms and iTunes freeform names of the standard keys, as MusicBrainz Picard writes them ({@code trkn} and
 * {@code disk} read as {@code "3/12"}; freeform values as UTF-8 text).
 */
final class MP4Mapping {
    private MP4Mapping() {
    }

    private static final String I = "----:com.apple.iTunes:";

    static final TagMapping TABLE = TagMapping.parse("MP4", """
            TITLE                        | \u00a9nam
            ARTIST                       | \u00a9ART
            ARTISTS                      | %1$sARTISTS
            ALBUM                        | \u00a9alb
            ALBUM_ARTIST                 | aART
            TRACK_NUMBER                 | trkn | number
            TRACK_TOTAL                  | trkn | total
            DISC_NUMBER                  | disk | number
            DISC_TOTAL                   | disk | total
            DATE                         | \u00a9day
            ORIGINAL_DATE                | %1$sORIGINALDATE
            GENRE                        | \u00a9gen
            COMMENT                      | \u00a9cmt
            COMPOSER                     | \u00a9wrt
            LYRICIST                     | %1$sLYRICIST
            CONDUCTOR                    | %1$sCONDUCTOR
            LYRICS                       | \u00a9lyr
            COMPILATION                  | cpil
            BPM                          | tmpo
            ISRC                         | %1$sISRC
            LABEL                        | %1$sLABEL
            CATALOG_NUMBER               | %1$sCATALOGNUMBER
            BARCODE                      | %1$sBARCODE
            ASIN                         | %1$sASIN
            SUBTITLE                     | %1$sSUBTITLE
            DISC_SUBTITLE                | %1$sDISCSUBTITLE
            MEDIA                        | %1$sMEDIA
            MOOD                         | %1$sMOOD
            COPYRIGHT                    | cprt
            ENCODED_BY                   | \u00a9too
            LANGUAGE                     | %1$sLANGUAGE
            RELEASE_TYPE                 | %1$sMusicBrainz Album Type
            RELEASE_STATUS               | %1$sMusicBrainz Album Status
            RELEASE_COUNTRY              | %1$sMusicBrainz Album Release Country
            MUSICBRAINZ_RECORDING_ID     | %1$sMusicBrainz Track Id
            MUSICBRAINZ_RELEASE_TRACK_ID | %1$sMusicBrainz Release Track Id
            MUSICBRAINZ_ALBUM_ID         | %1$sMusicBrainz Album Id
            MUSICBRAINZ_ARTIST_ID        | %1$sMusicBrainz Artist Id
            MUSICBRAINZ_ALBUM_ARTIST_ID  | %1$sMusicBrainz Album Artist Id
            MUSICBRAINZ_RELEASE_GROUP_ID | %1$sMusicBrainz Release Group Id
            MUSICBRAINZ_WORK_ID          | %1$sMusicBrainz Work Id
            MUSICBRAINZ_DISC_ID          | %1$sMusicBrainz Disc Id
            ACOUSTID_ID                  | %1$sAcoustid Id
            REPLAYGAIN_TRACK_GAIN        | %1$sREPLAYGAIN_TRACK_GAIN
            REPLAYGAIN_TRACK_GAIN        | %1$sreplaygain_track_gain | read
            REPLAYGAIN_TRACK_PEAK        | %1$sREPLAYGAIN_TRACK_PEAK
            REPLAYGAIN_TRACK_PEAK        | %1$sreplaygain_track_peak | read
            REPLAYGAIN_ALBUM_GAIN        | %1$sREPLAYGAIN_ALBUM_GAIN
            REPLAYGAIN_ALBUM_GAIN        | %1$sreplaygain_album_gain | read
            REPLAYGAIN_ALBUM_PEAK        | %1$sREPLAYGAIN_ALBUM_PEAK
            REPLAYGAIN_ALBUM_PEAK        | %1$sreplaygain_album_peak | read
            TITLE_SORT                   | sonm
            ARTIST_SORT                  | soar
            ALBUM_SORT                   | soal
            ALBUM_ARTIST_SORT            | soaa
            COMPOSER_SORT                | soco
            """.formatted(I));
}
