// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mutagen.File;
import mutagen.FileType;
import mutagen.common.CommonKey;
import mutagen.common.CommonTags;
import mutagen.common.Picture;
import mutagen.common.PictureType;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips through the view on one file of every format with tags: every standard key the format has a place
 * for, set, saved, read back from a fresh open; removal; two pictures (what each format keeps of them).
 */
class CommonViewRoundTripTest {
    private static final Map<CommonKey, List<String>> SPECIAL = Map.of(
            CommonKey.ARTIST, List.of("Artist One", "Artist Two"),
            CommonKey.TRACK_NUMBER, List.of("3"), CommonKey.TRACK_TOTAL, List.of("12"),
            CommonKey.DISC_NUMBER, List.of("1"), CommonKey.DISC_TOTAL, List.of("2"),
            CommonKey.DATE, List.of("2004-05-12"), CommonKey.ORIGINAL_DATE, List.of("1999"),
            CommonKey.BPM, List.of("120"), CommonKey.COMPILATION, List.of("1"));
    private static final Picture FRONT = new Picture(PictureType.COVER_FRONT, "image/jpeg", "", jpeg(1));
    private static final Picture BACK = new Picture(PictureType.COVER_BACK, "image/png", "the back", png());

    static Stream<Arguments> formats() {
        return Stream.of(CommonViewOracleTest.FORMATS).map(r -> Arguments.of(r[0], r[1]));
    }

    private static List<String> value(CommonKey k) {
        return SPECIAL.getOrDefault(k, List.of("value of " + k.picardName() + " \u00e9\u4e2d"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everyStandardKeyRoundTrips(String fixture, String family, @TempDir Path dir) throws IOException {
        Path path = TestFiles.tempCopy(TestFiles.corpus(fixture), dir);
        FileType f = File.open(path).orElseThrow();
        List<CommonKey> supported = new ArrayList<>();
        for (CommonKey k : CommonKey.values()) {
            if (f.common().supports(k) || f.tags() == null) {
                f.common().set(k, value(k));
                supported.add(k);
            }
        }
        f.save();
        CommonTags back = File.open(path).orElseThrow().common();
        for (CommonKey k : supported) {
            assertEquals(value(k), back.get(k), fixture + " " + k);
        }
        assertEquals(supported, back.keys(), fixture);
        assertTrue(supported.size() >= 50, fixture + ": " + supported.size());

        FileType again = File.open(path).orElseThrow();
        again.common().remove(CommonKey.TITLE);
        again.common().remove(CommonKey.TRACK_TOTAL);
        again.save();
        CommonTags removed = File.open(path).orElseThrow().common();
        assertEquals(List.of(), removed.get(CommonKey.TITLE), fixture);
        assertEquals(List.of("3"), removed.get(CommonKey.TRACK_NUMBER), fixture);
        assertEquals(List.of(), removed.get(CommonKey.TRACK_TOTAL), fixture);
        assertEquals(value(CommonKey.ALBUM), removed.get(CommonKey.ALBUM), fixture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void picturesRoundTripAsTheFormatKeepsThem(String fixture, String family, @TempDir Path dir)
            throws IOException {
        Path path = TestFiles.tempCopy(TestFiles.corpus(fixture), dir);
        FileType f = File.open(path).orElseThrow();
        f.common().setPictures(List.of(FRONT));
        f.common().addPicture(BACK);
        f.save();
        List<Picture> expected = switch (family) {
            case "MP4" -> List.of(FRONT, new Picture(PictureType.COVER_FRONT, "image/png", "", png()));
            // one item per type, in APEv2's key order
            case "APEv2" -> List.of(new Picture(PictureType.COVER_BACK, "image/png", "", png()), FRONT);
            default -> List.of(FRONT, BACK);
        };
        assertEquals(expected, File.open(path).orElseThrow().common().pictures(), fixture);

        FileType again = File.open(path).orElseThrow();
        again.common().removePictures();
        again.save();
        assertEquals(List.of(), File.open(path).orElseThrow().common().pictures(), fixture);
    }

    @Test
    void streamOnlyFormatsReadEmptyAndRefuseWrites() throws IOException {
        for (String name : new String[] {"empty.aac", "silence-44-s.ac3", "sample.mid"}) {
            FileType f = File.open(TestFiles.corpus(name)).orElseThrow();
            assertEquals(List.of(), f.common().keys(), name);
            assertEquals(List.of(), f.common().pictures(), name);
            assertEquals("", f.common().format(), name);
            assertThrows(UnsupportedOperationException.class, () -> f.common().setTitle("x"), name);
            assertTrue(f.info().properties().length() >= 0, name);
        }
    }

    @Test
    void asfHasNoPlaceForATrackTotal() throws IOException {
        FileType f = File.open(TestFiles.corpus("silence-1.wma")).orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> f.common().set(CommonKey.TRACK_TOTAL, "12"));
        f.common().setTrack(3, 12);
        assertEquals(List.of("3"), f.common().get(CommonKey.TRACK_NUMBER));
    }

    @Test
    void readingToleratesTheUsualVariants() throws IOException {
        FileType f = File.open(TestFiles.corpus("silence-44-s.flac")).orElseThrow();
        f.put("TRACKNUMBER", List.of("4/9"));
        f.put("DISCNUMBER", List.of("2/3"));
        assertEquals(4, f.common().trackNumber().orElseThrow());
        assertEquals(9, f.common().trackTotal().orElseThrow());
        assertEquals(3, f.common().discTotal().orElseThrow());
        f.put("TOTALTRACKS", List.of("11"));
        assertEquals(11, f.common().trackTotal().orElseThrow());
    }

    private static byte[] jpeg(int seed) {
        byte[] b = new byte[64];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * seed + 1);
        }
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        return b;
    }

    private static byte[] png() {
        byte[] b = jpeg(5);
        b[0] = (byte) 0x89;
        b[1] = 'P';
        b[2] = 'N';
        b[3] = 'G';
        return b;
    }
}
