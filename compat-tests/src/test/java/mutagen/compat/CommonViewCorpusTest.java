// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.Tags;
import mutagen.common.AudioProperties;
import mutagen.common.CommonKey;
import mutagen.common.CommonTags;
import mutagen.common.TagMapping;
import mutagen.testkit.TestFiles;
import mutagen.vorbis.VCommentDict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 over the corpora (mutagen's test files and our fixtures): the view reads every file that opens without
 * throwing; its values agree with mutagen's own easy keys (EasyID3, EasyMP4) and with the Vorbis comments read
 * directly; and {@link mutagen.StreamInfo#properties()} equals the oracle's info attributes for every file.
 */
class CommonViewCorpusTest {

    /** Standard keys and the EasyID3 / EasyMP4 key that reads the same native frame or atom ("" = none). */
    private static final String[][] EASY = {
        {"TITLE", "title", "title"},
        {"ARTIST", "artist", "artist"},
        {"ALBUM", "album", "album"},
        {"ALBUM_ARTIST", "albumartist", "albumartist"},
        {"DATE", "date", "date"},
        {"ORIGINAL_DATE", "originaldate", ""},
        {"GENRE", "genre", "genre"},
        {"COMMENT", "", "comment"},
        {"COMPOSER", "composer", "composer"},
        {"LYRICIST", "lyricist", ""},
        {"CONDUCTOR", "conductor", ""},
        {"COMPILATION", "compilation", ""},
        {"BPM", "bpm", "bpm"},
        {"ISRC", "isrc", ""},
        {"LABEL", "organization", ""},
        {"CATALOG_NUMBER", "catalognumber", ""},
        {"BARCODE", "barcode", ""},
        {"ASIN", "asin", ""},
        {"SUBTITLE", "version", ""},
        {"DISC_SUBTITLE", "discsubtitle", ""},
        {"MEDIA", "media", ""},
        {"MOOD", "mood", ""},
        {"COPYRIGHT", "copyright", "copyright"},
        {"ENCODED_BY", "encodedby", "encodedby"},
        {"LANGUAGE", "language", ""},
        {"RELEASE_TYPE", "musicbrainz_albumtype", "musicbrainz_albumtype"},
        {"RELEASE_STATUS", "musicbrainz_albumstatus", "musicbrainz_albumstatus"},
        {"RELEASE_COUNTRY", "releasecountry", "releasecountry"},
        {"MUSICBRAINZ_RECORDING_ID", "musicbrainz_trackid", "musicbrainz_trackid"},
        {"MUSICBRAINZ_RELEASE_TRACK_ID", "musicbrainz_releasetrackid", ""},
        {"MUSICBRAINZ_ALBUM_ID", "musicbrainz_albumid", "musicbrainz_albumid"},
        {"MUSICBRAINZ_ARTIST_ID", "musicbrainz_artistid", "musicbrainz_artistid"},
        {"MUSICBRAINZ_ALBUM_ARTIST_ID", "musicbrainz_albumartistid", "musicbrainz_albumartistid"},
        {"MUSICBRAINZ_RELEASE_GROUP_ID", "musicbrainz_releasegroupid", "musicbrainz_releasegroupid"},
        {"MUSICBRAINZ_WORK_ID", "musicbrainz_workid", ""},
        {"MUSICBRAINZ_DISC_ID", "musicbrainz_discid", "musicbrainz_discid"},
        {"ACOUSTID_ID", "acoustid_id", ""},
        {"TITLE_SORT", "titlesort", "titlesort"},
        {"ARTIST_SORT", "artistsort", "artistsort"},
        {"ALBUM_SORT", "albumsort", "albumsort"},
        {"ALBUM_ARTIST_SORT", "albumartistsort", "albumartistsort"},
        {"COMPOSER_SORT", "composersort", "composersort"},
        {"TRACK_NUMBER", "tracknumber", "tracknumber"},
        {"DISC_NUMBER", "discnumber", "discnumber"},
    };

    private static Oracle oracle;

    @BeforeAll
    static void start() {
        oracle = Oracles.shared();
    }

    private static List<Path> corpora() throws IOException {
        List<Path> all = new ArrayList<>(TestFiles.allCorpusFiles());
        try (Stream<Path> s = Files.walk(TestFiles.fixturesDir())) {
            all.addAll(s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md"))
                    .sorted().collect(Collectors.toList()));
        }
        return all;
    }

    private static Optional<FileType> open(Path p, Options options) {
        try {
            return File.open(p, options);
        } catch (MutagenError e) {
            return Optional.empty();
        }
    }

    @Test
    void theViewReadsEveryFileThatOpensAndAgreesWithEasyKeys() throws IOException {
        int opened = 0;
        int compared = 0;
        for (Path p : corpora()) {
            Optional<FileType> plain = open(p, Options.defaults());
            if (plain.isEmpty()) {
                continue;
            }
            opened++;
            CommonTags view = plain.get().common();
            for (CommonKey k : view.keys()) {
                assertTrue(!view.get(k).isEmpty(), p + " " + k);
            }
            view.pictures().forEach(pic -> assertTrue(pic.size() >= 0));
            for (String n : view.nativeKeys()) {
                view.getNative(n);
            }
            Tags tags = plain.get().tags();
            if (tags instanceof VCommentDict) {
                compared += agreeWithVorbis(p, view, (VCommentDict) tags);
            }
            Optional<FileType> easy = open(p, Options.defaults().withEasy(true));
            String kind = easy.map(f -> f.getClass().getSimpleName()).orElse("");
            int column = kind.equals("EasyMP4") ? 2 : kind.startsWith("Easy") ? 1 : 0;
            if (column > 0 && easy.get().tags() != null) {
                compared += agreeWithEasy(p, view, easy.get().tags(), column);
            }
        }
        assertTrue(opened > 100, "files opened: " + opened);
        assertTrue(compared > 40, "values compared: " + compared);
    }

    @SuppressWarnings("unchecked")
    private static int agreeWithEasy(Path p, CommonTags view, Tags easy, int column) {
        int n = 0;
        for (String[] row : EASY) {
            if (row[column].isEmpty() || !easy.containsKey(row[column])) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (String v : (List<String>) easy.get(row[column])) {
                String part = row[0].endsWith("_NUMBER") ? v.split("/", 2)[0].trim() : v;
                if (!part.isEmpty()) {
                    expected.add(part);
                }
            }
            assertEquals(expected, view.get(CommonKey.valueOf(row[0])), p + " " + row[0] + " ~ " + row[column]);
            n++;
        }
        return n;
    }

    private static int agreeWithVorbis(Path p, CommonTags view, VCommentDict tags) {
        int n = 0;
        TagMapping table = view.mapping().orElseThrow();
        for (CommonKey k : CommonKey.values()) {
            List<TagMapping.Row> rows = table.rows(k);
            if (rows.size() == 1 && rows.get(0).slot() == TagMapping.Slot.TEXT && tags.containsKey(
                    rows.get(0).nativeKey())) {
                List<String> direct = tags.get(rows.get(0).nativeKey()).stream().filter(v -> !v.isEmpty())
                        .collect(Collectors.toList());
                assertEquals(direct, view.get(k), p + " " + k);
                n++;
            }
        }
        return n;
    }

    @Test
    @SuppressWarnings("unchecked")
    void streamPropertiesEqualTheOraclesInfo() throws IOException {
        int checked = 0;
        for (Path p : corpora()) {
            Optional<FileType> f = open(p, Options.defaults());
            if (f.isEmpty()) {
                continue;
            }
            Map<String, Object> info = (Map<String, Object>) oracle.dump(p).get("info");
            if (info == null) {
                continue;
            }
            AudioProperties props = f.get().info().properties();
            String where = p.getFileName().toString();
            Object length = info.get("length");
            assertEquals(length instanceof Number ? ((Number) length).doubleValue()
                    : Double.parseDouble((String) length), props.length(), where);
            assertEquals(integer(info.get("bitrate")), props.bitrate(), where + " bitrate");
            assertEquals(integer(info.get("sample_rate")), props.sampleRate(), where + " sample_rate");
            assertEquals(integer(info.get("channels")), props.channels(), where + " channels");
            assertEquals(integer(info.get("bits_per_sample")), props.bitsPerSample(), where + " bits_per_sample");
            Object codec = info.containsKey("codec") ? info.get("codec") : info.get("codec_name");
            assertEquals(codec == null || "".equals(codec) ? Optional.empty() : Optional.of(codec), props.codec(),
                    where + " codec");
            checked++;
        }
        assertTrue(checked > 100, "files checked: " + checked);
    }

    private static OptionalInt integer(Object v) {
        if (v instanceof String) { // a Python float, as its repr (AAC's bitrate)
            return OptionalInt.of((int) Double.parseDouble((String) v));
        }
        return v instanceof Number ? OptionalInt.of(((Number) v).intValue()) : OptionalInt.empty();
    }
}
