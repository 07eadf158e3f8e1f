// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import mutagen.File;
import mutagen.FileType;
import mutagen.common.CommonKey;
import mutagen.common.CommonTags;
import mutagen.common.Picture;
import mutagen.common.PictureType;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 21's cross-format check: the same logical edit made through {@link FileType#common()} on one file of every
 * format with tags, saved, then read back by mutagen 1.48.1 (the oracle), shows exactly the native keys and values
 * MusicBrainz Picard writes. Keys the edit did not touch keep the oracle's earlier answer.
 */
class CommonViewOracleTest {
    private static final String MBID = "b1a9c0e9-d987-4042-ae91-78d6a3267d69";
    private static final byte[] COVER = cover();
    private static final Picture FRONT = new Picture(PictureType.COVER_FRONT, "image/jpeg", "", COVER);

    /** What the oracle shows after the edit: tag family, native key (as mutagen's keys() gives it), value. */
    private static final String[][] EXPECTED = {
        {"ID3", "TIT2", "TIT2=Title"},
        {"ID3", "TPE1", "TPE1=Artist One / Artist Two"},
        {"ID3", "TRCK", "TRCK=3/12"},
        {"ID3", "TPOS", "TPOS=1/2"},
        {"ID3", "TDRC", "TDRC=2004-05-12"},
        {"ID3", "TCON", "TCON=Rock"},
        {"ID3", "APIC:", "APIC=cover front,  (image/jpeg, ${LEN} bytes)"},
        {"ID3", "UFID:http://musicbrainz.org", "UFID=http://musicbrainz.org=b'${MBID}'"},
        {"ID3", "TXXX:REPLAYGAIN_TRACK_GAIN", "TXXX=REPLAYGAIN_TRACK_GAIN=-6.48 dB"},
        {"ID3", "TXXX:REPLAYGAIN_TRACK_PEAK", "TXXX=REPLAYGAIN_TRACK_PEAK=0.988831"},
        {"Vorbis", "title", "[Title]"},
        {"Vorbis", "artist", "[Artist One, Artist Two]"},
        {"Vorbis", "tracknumber", "[3]"},
        {"Vorbis", "totaltracks", "[12]"},
        {"Vorbis", "tracktotal", "[12]"},
        {"Vorbis", "discnumber", "[1]"},
        {"Vorbis", "totaldiscs", "[2]"},
        {"Vorbis", "disctotal", "[2]"},
        {"Vorbis", "date", "[2004-05-12]"},
        {"Vorbis", "genre", "[Rock]"},
        {"Vorbis", "metadata_block_picture", "[${BLOCK64}]"},
        {"Vorbis", "musicbrainz_trackid", "[${MBID}]"},
        {"Vorbis", "replaygain_track_gain", "[-6.48 dB]"},
        {"Vorbis", "replaygain_track_peak", "[0.988831]"},
        {"FLAC", "title", "[Title]"},
        {"FLAC", "artist", "[Artist One, Artist Two]"},
        {"FLAC", "tracknumber", "[3]"},
        {"FLAC", "totaltracks", "[12]"},
        {"FLAC", "tracktotal", "[12]"},
        {"FLAC", "discnumber", "[1]"},
        {"FLAC", "totaldiscs", "[2]"},
        {"FLAC", "disctotal", "[2]"},
        {"FLAC", "date", "[2004-05-12]"},
        {"FLAC", "genre", "[Rock]"},
        {"FLAC", "#pictures", "[picture(3, image/jpeg, '', ${SHA})]"},
        {"FLAC", "musicbrainz_trackid", "[${MBID}]"},
        {"FLAC", "replaygain_track_gain", "[-6.48 dB]"},
        {"FLAC", "replaygain_track_peak", "[0.988831]"},
        {"MP4", "\u00a9nam", "[Title]"},
        {"MP4", "\u00a9ART", "[Artist One, Artist Two]"},
        {"MP4", "trkn", "[[3, 12]]"},
        {"MP4", "disk", "[[1, 2]]"},
        {"MP4", "\u00a9day", "[2004-05-12]"},
        {"MP4", "\u00a9gen", "[Rock]"},
        {"MP4", "covr", "[cover(13, ${SHA})]"},
        {"MP4", "----:com.apple.iTunes:MusicBrainz Track Id", "[freeform(1, ${MBID_SHA})]"},
        {"MP4", "----:com.apple.iTunes:REPLAYGAIN_TRACK_GAIN", "[freeform(1, ${GAIN_SHA})]"},
        {"MP4", "----:com.apple.iTunes:REPLAYGAIN_TRACK_PEAK", "[freeform(1, ${PEAK_SHA})]"},
        {"APEv2", "Title", "ape(0, Title)"},
        {"APEv2", "Artist", "ape(0, Artist One\u0000Artist Two)"},
        {"APEv2", "Track", "ape(0, 3/12)"},
        {"APEv2", "Disc", "ape(0, 1/2)"},
        {"APEv2", "Year", "ape(0, 2004-05-12)"},
        {"APEv2", "Genre", "ape(0, Rock)"},
        {"APEv2", "Cover Art (Front)", "ape(1, ${APE_SHA})"},
        {"APEv2", "musicbrainz_trackid", "ape(0, ${MBID})"},
        {"APEv2", "REPLAYGAIN_TRACK_GAIN", "ape(0, -6.48 dB)"},
        {"APEv2", "REPLAYGAIN_TRACK_PEAK", "ape(0, 0.988831)"},
        {"ASF", "Title", "[Title]"},
        {"ASF", "Author", "[Artist One, Artist Two]"},
        {"ASF", "WM/TrackNumber", "[3]"},
        {"ASF", "WM/PartOfSet", "[1/2]"},
        {"ASF", "WM/Year", "[2004-05-12]"},
        {"ASF", "WM/Genre", "[Rock]"},
        {"ASF", "WM/Picture", "[${ASF_SHA}]"},
        {"ASF", "MusicBrainz/Track Id", "[${MBID}]"},
        {"ASF", "REPLAYGAIN_TRACK_GAIN", "[-6.48 dB]"},
        {"ASF", "REPLAYGAIN_TRACK_PEAK", "[0.988831]"},
    };

    /** One file of every format with tags (corpus copies) and its tag family. */
    static final String[][] FORMATS = {
        {"no-tags.mp3", "ID3"}, {"empty.tta", "ID3"}, {"silence-2s-PCM-16000-08-notags.wav", "ID3"},
        {"48k-2ch-s16-silence.aif", "ID3"}, {"without-id3.dsf", "ID3"}, {"5644800-2ch-s01-silence.dff", "ID3"},
        {"no-tags.flac", "FLAC"}, {"empty.ogg", "Vorbis"}, {"example.opus", "Vorbis"}, {"empty.spx", "Vorbis"},
        {"sample.oggtheora", "Vorbis"}, {"empty.oggflac", "Vorbis"}, {"no-tags.m4a", "MP4"},
        {"silence-44-s.wv", "APEv2"}, {"click.mpc", "APEv2"}, {"mac-399.ape", "APEv2"}, {"empty.ofr", "APEv2"},
        {"silence-44-s.tak", "APEv2"}, {"silence-1.wma", "ASF"},
    };

    private static Oracle oracle;

    @BeforeAll
    static void start() {
        oracle = Oracles.shared();
    }

    static Stream<Arguments> formats() {
        return Stream.of(FORMATS).map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void theSameEditShowsPicardsKeysInMutagen(String fixture, String family, @TempDir Path dir) throws IOException {
        Path path = TestFiles.tempCopy(TestFiles.corpus(fixture), dir);
        Map<String, String> before = simplified(oracle.dump(path));

        FileType f = File.open(path).orElseThrow();
        CommonTags view = f.common();
        view.setTitle("Title");
        view.setArtists(List.of("Artist One", "Artist Two"));
        view.setTrack(3, 12);
        view.setDisc(1, 2);
        view.set(CommonKey.DATE, "2004-05-12");
        view.set(CommonKey.GENRE, "Rock");
        view.setPictures(List.of(FRONT));
        view.set(CommonKey.MUSICBRAINZ_RECORDING_ID, MBID);
        view.set(CommonKey.REPLAYGAIN_TRACK_GAIN, "-6.48 dB");
        view.set(CommonKey.REPLAYGAIN_TRACK_PEAK, "0.988831");
        f.save();

        Map<String, String> after = simplified(oracle.dump(path));
        Map<String, String> changed = new TreeMap<>();
        after.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                changed.put(k, v);
            }
        });
        Map<String, String> expected = new TreeMap<>();
        for (String[] row : EXPECTED) {
            if (row[0].equals(family)) {
                expected.put(row[1], substitute(row[2]));
            }
        }
        assertEquals(expected, changed, fixture);

        FileType back = File.open(path).orElseThrow();
        assertEquals(List.of("Artist One", "Artist Two"), back.common().artists(), fixture);
        assertEquals(3, back.common().trackNumber().orElseThrow(), fixture);
        assertEquals(List.of(FRONT), back.common().pictures(), fixture);
    }

    /** Each tag key (and FLAC's picture blocks as "#pictures") to a short text of the oracle's value. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> simplified(Map<String, Object> dump) {
        assertTrue(dump.get("error") == null, () -> "oracle: " + dump.get("error"));
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Object> tags = (Map<String, Object>) dump.get("tags");
        if (tags != null && tags.get("items") != null) {
            for (Object item : (List<Object>) tags.get("items")) {
                List<Object> kv = (List<Object>) item;
                out.put((String) kv.get(0), text(kv.get(1)));
            }
        }
        Map<String, Object> extras = (Map<String, Object>) dump.get("extras");
        if (extras != null && extras.get("pictures") != null) {
            out.put("#pictures", text(extras.get("pictures")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String text(Object v) {
        if (v instanceof List) {
            List<String> parts = new ArrayList<>();
            for (Object o : (List<Object>) v) {
                parts.add(text(o));
            }
            return "[" + String.join(", ", parts) + "]";
        } else if (v instanceof Map) {
            Map<String, Object> m = (Map<String, Object>) v;
            if (m.containsKey("frame")) {
                return (String) m.get("pprint");
            } else if (m.containsKey("ape")) {
                return "ape(" + text(m.get("kind")) + ", " + text(m.get("value")) + ")";
            } else if (m.containsKey("asf")) {
                return text(m.get("value"));
            } else if (m.containsKey("cover")) {
                Map<String, Object> c = (Map<String, Object>) m.get("cover");
                return "cover(" + text(c.get("imageformat")) + ", " + text(c.get("sha1")) + ")";
            } else if (m.containsKey("freeform")) {
                Map<String, Object> c = (Map<String, Object>) m.get("freeform");
                return "freeform(" + text(c.get("dataformat")) + ", " + text(c.get("sha1")) + ")";
            } else if (m.containsKey("picture")) {
                Map<String, Object> p = (Map<String, Object>) m.get("picture");
                return "picture(" + text(p.get("type")) + ", " + p.get("mime") + ", '" + p.get("desc") + "', "
                        + p.get("sha1") + ")";
            } else if (m.containsKey("sha1")) {
                return (String) m.get("sha1");
            }
            return m.toString();
        } else if (v instanceof Number) {
            return Long.toString(((Number) v).longValue());
        }
        return Objects.toString(v);
    }

    private static String substitute(String s) {
        byte[] apeValue = concat("Cover Art (Front).jpg\0".getBytes(StandardCharsets.US_ASCII), COVER);
        byte[] mime = "image/jpeg".getBytes(StandardCharsets.UTF_16LE);
        byte[] asf = concat(new byte[] {3, (byte) COVER.length, 0, 0, 0}, mime, new byte[4], COVER);
        return s.replace("${LEN}", Integer.toString(COVER.length)).replace("${MBID_SHA}", sha1(ascii(MBID)))
                .replace("${MBID}", MBID).replace("${SHA}", sha1(COVER))
                .replace("${BLOCK64}", Base64.getEncoder().encodeToString(FRONT.toFlacBlock()))
                .replace("${GAIN_SHA}", sha1(ascii("-6.48 dB"))).replace("${PEAK_SHA}", sha1(ascii("0.988831")))
                .replace("${APE_SHA}", sha1(apeValue)).replace("${ASF_SHA}", sha1(asf));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String sha1(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** 200 bytes that start as a JPEG does (the view never decodes images). */
    private static byte[] cover() {
        byte[] b = new byte[200];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 7 + 3);
        }
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        return b;
    }
}
