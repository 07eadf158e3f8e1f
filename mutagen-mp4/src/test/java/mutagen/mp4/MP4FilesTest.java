// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The file classes of tests/test_mp4.py, each over the mixins. */
class MP4FilesTest {

    // Port of tests/test_mp4.py::TMP4Datatypes
    @Nested
    class TMP4Datatypes extends MP4HasTagsMixinTest {
        @Override
        String original() {
            return "has-tags.m4a";
        }

        @Test
        void testHasFreeform() {
            @SuppressWarnings("unchecked")
            List<MP4FreeForm> ff = (List<MP4FreeForm>) audio.get("----:com.apple.iTunes:iTunNORM");
            assertEquals(AtomDataType.UTF8, ff.get(0).dataformat());
            assertEquals(0, ff.get(0).version());
        }

        @Test
        void testHasCovr() {
            @SuppressWarnings("unchecked")
            List<MP4Cover> covr = (List<MP4Cover>) audio.get("covr");
            assertEquals(2, covr.size());
            assertEquals(MP4Cover.FORMAT_PNG, covr.get(0).imageformat());
            assertEquals(MP4Cover.FORMAT_JPEG, covr.get(1).imageformat());
        }

        @Test
        void testPprint() {
            assertTrue(audio.tags().pprint().lines().anyMatch("\u00a9ART=Test Artist"::equals));
        }

        @Test
        void testGetPadding() {
            assertEquals(1634, audio.padding());
        }
    }

    // Port of tests/test_mp4.py::TMP4CovrWithName
    @Nested
    class TMP4CovrWithName extends MP4MixinTest {
        @Override
        String original() {
            return "covr-with-name.m4a";
        }

        @Test
        void testHasCovr() {
            @SuppressWarnings("unchecked")
            List<MP4Cover> covr = (List<MP4Cover>) audio.get("covr");
            assertEquals(2, covr.size());
            assertEquals(MP4Cover.FORMAT_PNG, covr.get(0).imageformat());
            assertEquals(MP4Cover.FORMAT_JPEG, covr.get(1).imageformat());
        }
    }

    // Port of tests/test_mp4.py::TMP4HasTags64Bit
    @Nested
    class TMP4HasTags64Bit extends MP4HasTagsMixinTest {
        @Override
        String original() {
            return "truncated-64bit.mp4";
        }

        @Test
        @Override
        void testBitrate() {
            assertEquals(128000, audio.info().bitrate());
        }

        @Test
        @Override
        void testLength() {
            assertEquals(0.325, audio.info().length(), 0.0005);
        }

        /** mutagen overrides the mixin's cover check with {@code pass}: this file has no cover, only one key. */
        @Test
        void testHasCovr() {
            assertEquals(java.util.List.of("\u00a9ART"), audio.tags().keys());
        }
    }

    // Port of tests/test_mp4.py::TMP4NoTagsM4A
    @Nested
    class TMP4NoTagsM4A extends MP4MixinTest {
        @Override
        String original() {
            return "no-tags.m4a";
        }

        @Test
        void testNoTags() {
            assertNull(audio.tags());
        }

        @Test
        void testAddTags() throws IOException {
            audio.addTags();
            assertThrows(MP4Error.class, audio::addTags);
        }
    }

    // Port of tests/test_mp4.py::TMP4NoTags3G2
    @Nested
    class TMP4NoTags3G2 extends MP4MixinTest {
        @Override
        String original() {
            return "no-tags.3g2";
        }

        @Test
        void testNoTags() {
            assertNull(audio.tags());
        }

        @Test
        @Override
        void testSampleRate() {
            assertEquals(22050, audio.info().sampleRate());
        }

        @Test
        @Override
        void testBitrate() {
            assertEquals(32000, audio.info().bitrate());
        }

        @Test
        @Override
        void testLength() {
            assertEquals(15, audio.info().length(), 0.05);
        }
    }

    // Port of tests/test_mp4.py::TMP4Chapters
    @Nested
    class TMP4Chapters extends MP4TestBase {
        @Override
        String original() {
            return "nero-chapters.m4b";
        }

        @Test
        void testHasChapters() {
            MP4Chapters chapters = audio.chapters();
            assertEquals(112, chapters.size());
            for (int i = 0; i < chapters.size(); i++) {
                assertEquals(String.format("%03d", i + 1), chapters.get(i).title());
            }
        }
    }
}
