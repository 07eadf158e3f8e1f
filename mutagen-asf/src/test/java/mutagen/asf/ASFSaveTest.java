// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import static mutagen.asf.ASFValue.BYTEARRAY;
import static mutagen.asf.ASFValue.GUID;
import static mutagen.asf.ASFValue.UNICODE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mutagen.SaveOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ports of the save classes of tests/test_asf.py: attribute destinations, large values, padding. */
class ASFSaveTest {
    @TempDir
    Path dir;
    Path filename;

    @BeforeEach
    void setUp() throws IOException {
        filename = ASFTestSupport.copy("silence-1.wma", dir);
    }

    static List<String> names(List<Map.Entry<String, ASFBaseAttribute>> entries) {
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    // Port of tests/test_asf.py::TASFAttrDest
    @Nested
    class TASFAttrDest {
        @BeforeEach
        void clear() throws IOException {
            ASF audio = new ASF(filename);
            audio.tags().clear();
            audio.save();
        }

        @Test
        void testAuthor() throws IOException {
            ASF audio = new ASF(filename);
            List<String> values = List.of("Foo", "Bar", "Baz");
            audio.put("Author", values);
            audio.save();
            assertEquals(Map.of("Author", new ASFUnicodeAttribute("Foo")), audio.toContentDescription());
            assertEquals(List.of("Author=Bar", "Author=Baz"),
                    audio.toMetadataLibrary().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            ASF fresh = new ASF(filename);
            assertEquals(values, ASFTestSupport.texts(fresh.tags().get("Author")));
        }

        @Test
        void testAuthorLong() throws IOException {
            ASF audio = new ASF(filename);
            // 2 ** 16 - 2 bytes encoded text + 2 bytes termination
            String justSmallEnough = "a".repeat((1 << 16) / 2 - 2);
            audio.put("Author", List.of(justSmallEnough));
            audio.save();
            assertFalse(audio.toContentDescription().isEmpty());
            assertTrue(audio.toMetadataLibrary().isEmpty());

            audio.put("Author", List.of(justSmallEnough + "a"));
            audio.save();
            assertTrue(audio.toContentDescription().isEmpty());
            assertFalse(audio.toMetadataLibrary().isEmpty());
        }

        @Test
        void testMultiOrder() throws IOException {
            ASF audio = new ASF(filename);
            audio.put("Author", List.of("a", "b", "c"));
            audio.save();
            audio = new ASF(filename);
            assertEquals(List.of("a", "b", "c"), ASFTestSupport.texts(audio.tags().get("Author")));
        }

        @Test
        void testMultiOrderExtended() throws IOException {
            ASF audio = new ASF(filename);
            audio.put("WM/Composer", List.of("a", "b", "c"));
            audio.save();
            audio = new ASF(filename);
            assertEquals(List.of("a", "b", "c"), ASFTestSupport.texts(audio.tags().get("WM/Composer")));
        }

        @Test
        void testNonStr() throws IOException {
            ASF audio = new ASF(filename);
            audio.put("Author", List.of(42));
            audio.save();
            assertTrue(audio.toContentDescription().isEmpty());
            ASF fresh = new ASF(filename);
            assertEquals(List.of(new ASFDWordAttribute(42)), fresh.tags().get("Author"));
        }

        @Test
        void testEmpty() throws IOException {
            ASF audio = new ASF(filename);
            audio.put("Author", List.of("", ""));
            audio.put("Title", List.of(""));
            audio.put("Copyright", List.of());
            audio.save();
            ASF fresh = new ASF(filename);
            assertEquals(List.of("", ""), ASFTestSupport.texts(fresh.tags().get("Author")));
            assertEquals(List.of(""), ASFTestSupport.texts(fresh.tags().get("Title")));
            assertFalse(fresh.tags().containsKey("Copyright"));
        }
    }

    // Port of tests/test_asf.py::TASFLargeValue
    @Nested
    class TASFLargeValue {
        private ASF saveOne(String name, ASFBaseAttribute value) throws IOException {
            ASF audio = new ASF(filename);
            audio.put(name, List.of(value));
            audio.save();
            return audio;
        }

        private void assertWhere(ASF audio, String name, boolean extended, boolean library) {
            assertEquals(extended, audio.toExtendedContentDescription().containsKey(name));
            assertFalse(audio.toMetadata().containsKey(name));
            assertEquals(library, names(audio.toMetadataLibrary()).contains(name));
        }

        @Test
        void testSaveSmallBytearray() throws IOException {
            byte[] data = new byte[0xFFFF];
            Arrays.fill(data, (byte) '.');
            assertWhere(saveOne("QL/LargeObject", ASFValue.of(data, BYTEARRAY)), "QL/LargeObject", true, false);
        }

        @Test
        void testSaveLargeBytearray() throws IOException {
            byte[] data = new byte[0xFFFF + 1];
            Arrays.fill(data, (byte) '.');
            assertWhere(saveOne("QL/LargeObject", ASFValue.of(data, BYTEARRAY)), "QL/LargeObject", false, true);
        }

        @Test
        void testSaveSmallString() throws IOException {
            ASF audio = saveOne("QL/LargeObject", ASFValue.of(".".repeat(0x7FFF - 1), UNICODE));
            assertWhere(audio, "QL/LargeObject", true, false);
        }

        @Test
        void testSaveLargeString() throws IOException {
            ASF audio = saveOne("QL/LargeObject", ASFValue.of(".".repeat(0x7FFF), UNICODE));
            assertWhere(audio, "QL/LargeObject", false, true);
        }

        @Test
        void testSaveGuid() throws IOException {
            // https://github.com/quodlibet/mutagen/issues/81
            byte[] data = new byte[16];
            Arrays.fill(data, (byte) ' ');
            assertWhere(saveOne("QL/GuidObject", ASFValue.of(data, GUID)), "QL/GuidObject", false, true);
        }
    }

    // Port of tests/test_asf.py::TASFSave
    @Nested
    class TASFSave {
        @Test
        void testSaveFilename() throws IOException {
            ASF audio = new ASF(filename);
            audio.save(filename);
            assertEquals(audio.pprint(), new ASF(filename).pprint());
        }

        @Test
        void testMultipleDelete() throws IOException {
            ASF audio = new ASF(filename);
            audio.put("large_value1", "#".repeat(50000));
            audio.save();
            audio = new ASF(filename);
            for (String tag : new ArrayList<>(audio.keys())) {
                audio.remove(tag);
                audio.save();
            }
            assertTrue(new ASF(filename).keys().isEmpty());
        }

        @Test
        void testReaddObjects() throws IOException {
            ASF audio = new ASF(filename);
            ASFObject header = audio.header();
            header.objects().clear();
            audio.save();
            assertNotNull(header.getChild(ASFObject.CONTENT_DESCRIPTION));
            assertNotNull(header.getChild(ASFObject.EXTENDED_CONTENT_DESCRIPTION));
            assertNotNull(header.getChild(ASFObject.HEADER_EXTENSION));
            ASFObject ext = header.getChild(ASFObject.HEADER_EXTENSION);
            assertNotNull(ext.getChild(ASFObject.METADATA));
            assertNotNull(ext.getChild(ASFObject.METADATA_LIBRARY));
        }

        @Test
        void testKeepOthers() throws IOException {
            new ASF(filename).save();
            assertNotNull(new ASF(filename).header().getChild(ASFObject.CODEC_LIST));
        }

        @Test
        void testPadding() throws IOException {
            ASF audio = new ASF(filename);
            String oldTags = audio.tags().pprint();
            for (long i : new long[] {0, 1, 2, 3, 42, 100, 5000, 30432, 1}) {
                long[] seen = {-1};
                audio.save(SaveOptions.defaults().withPadding(info -> {
                    seen[0] = info.size();
                    return i;
                }));
                assertEquals(30432, seen[0]);
                assertEquals(i, new ASF(filename).header().getChild(ASFObject.PADDING).data().length);
            }
            assertEquals(oldTags, new ASF(filename).tags().pprint());
        }
    }
}
