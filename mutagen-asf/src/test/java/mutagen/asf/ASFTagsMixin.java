// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import static mutagen.asf.ASFValue.BOOL;
import static mutagen.asf.ASFValue.BYTEARRAY;
import static mutagen.asf.ASFValue.DWORD;
import static mutagen.asf.ASFValue.GUID;
import static mutagen.asf.ASFValue.QWORD;
import static mutagen.asf.ASFValue.UNICODE;
import static mutagen.asf.ASFValue.WORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tests/test_asf.py::TASFMixin, run by TASFTags1..3 over silence-1..3.wma. */
abstract class ASFTagsMixin {
    @TempDir
    Path dir;
    Path filename;
    ASF audio;

    abstract String original();

    @BeforeEach
    void setUp() throws IOException {
        filename = ASFTestSupport.copy(original(), dir);
        audio = new ASF(filename);
    }

    @Test
    void testHeaderObjectMisc() {
        ASFObject header = audio.header();
        assertTrue(header.pprint().startsWith("HeaderObject(75B22630-668E-11CF-A6D9-00AA0062CE6C)\n  "));
        assertTrue(header.toString().startsWith("<HeaderObject GUID=75B22630-668E-11CF-A6D9-00AA0062CE6C objects=[<"));
    }

    @Test
    void testDelete() throws IOException {
        audio.put("QL/Bla", "Foooooooooooooooooo");
        audio.save(ASFTestSupport.padding(0));
        long filesize = Files.size(filename);
        audio.delete();
        assertTrue(Files.size(filename) < filesize);
    }

    @Test
    void testPprint() {
        assertFalse(audio.pprint().isEmpty());
    }

    void setKey(String key, Object value, List<? extends ASFBaseAttribute> result) throws IOException {
        audio.put(key, value);
        audio.save();
        audio = new ASF(filename);
        assertTrue(audio.keys().contains(key));
        assertTrue(audio.tags().containsKey(key));
        assertTrue(audio.tags().keys().contains(key));
        assertTrue(audio.tags().asDict().containsKey(key));
        Comparator<ASFBaseAttribute> order = Comparator.comparing(ASFBaseAttribute::toString);
        List<ASFBaseAttribute> got = audio.tags().get(key).stream().sorted(order).toList();
        List<ASFBaseAttribute> want = result.stream().map(a -> (ASFBaseAttribute) a).sorted(order).toList();
        ASFTestSupport.assertValues(want, got);
    }

    @Test
    void testSlice() {
        ASFTags tags = audio.tags();
        tags.clear();
        tags.put("Author", List.of("Foo", "Bar"));
        assertEquals(List.of("Author=Foo", "Author=Bar"),
                tags.entries().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        tags.clear();
        assertEquals(List.of(), tags.entries());
        tags.setEntries(List.of(new AbstractMap.SimpleEntry<>("Author", new ASFUnicodeAttribute("Baz"))));
        assertEquals(Map.of("Author", List.of(new ASFUnicodeAttribute("Baz"))), tags.asDict());
    }

    @Test
    void testIter() {
        Map.Entry<String, ASFBaseAttribute> first = audio.tags().entries().get(0);
        assertEquals("Title", first.getKey());
        assertEquals("test", first.getValue().toString());
    }

    @Test
    void testContains() {
        assertFalse(audio.tags().containsKey("notatag"));
    }

    @Test
    void testInvalType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ASFValue.of("", 4242));
        assertEquals("Unknown value type 4242", e.getMessage());
    }

    @Test
    void testRepr() {
        assertEquals("ASFUnicodeAttribute('foo', language=2, stream=1)",
                ASFValue.of("foo", UNICODE, 2, 1).repr());
    }

    @Test
    void testAutoGuuid() throws IOException {
        ASFBaseAttribute value = ASFValue.of(new byte[] {(byte) 0x9e, 'Z', 'l', '}', (byte) 0x89, (byte) 0xa2,
            (byte) 0xb5, 'D', (byte) 0xb8, (byte) 0xa3, '0', (byte) 0xfe}, GUID);
        setKey("WM/WMCollectionGroupID", value, List.of(value));
    }

    @Test
    void testPy3Bytes() throws IOException {
        ASFBaseAttribute value = ASFValue.of(new byte[] {(byte) 0xff, 0}, BYTEARRAY);
        setKey("QL/Something", List.of(new byte[] {(byte) 0xff, 0}), List.of(value));
    }

    @Test
    void testSetInvalid() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> audio.put("QL/Something", List.of(new Object())));
        // don't delete on error
        audio.put("QL/Foobar", List.of("ok"));
        assertThrows(IllegalArgumentException.class, () -> audio.put("QL/Foobar", List.of(new Object())));
        assertEquals(List.of("ok"), ASFTestSupport.texts(audio.tags().get("QL/Foobar")));
    }

    @Test
    void testAutoUnicode() throws IOException {
        setKey("WM/AlbumTitle", "foo", List.of(ASFValue.of("foo", UNICODE)));
    }

    @Test
    void testAutoUnicodeList() throws IOException {
        setKey("WM/AlbumTitle", List.of("foo", "bar"), List.of(ASFValue.of("foo", UNICODE), ASFValue.of("bar", UNICODE)));
    }

    @Test
    void testWord() throws IOException {
        setKey("WM/Track", ASFValue.of(24, WORD), List.of(ASFValue.of(24, WORD)));
        assertEquals(ASFWordAttribute.class, audio.tags().get("WM/Track").get(0).getClass());
    }

    @Test
    void testAutoWord() throws IOException {
        setKey("WM/Track", 12, List.of(ASFValue.of(12, DWORD)));
    }

    @Test
    void testAutoWordList() throws IOException {
        setKey("WM/Track", List.of(12, 13), List.of(ASFValue.of(12, WORD), ASFValue.of(13, WORD)));
    }

    @Test
    void testAutoDword() throws IOException {
        setKey("WM/Track", 12, List.of(ASFValue.of(12, DWORD)));
        assertEquals(ASFDWordAttribute.class, audio.tags().get("WM/Track").get(0).getClass());
    }

    @Test
    void testAutoDwordList() throws IOException {
        setKey("WM/Track", List.of(12, 13), List.of(ASFValue.of(12, DWORD), ASFValue.of(13, DWORD)));
    }

    @Test
    void testAutoQword() throws IOException {
        setKey("WM/Track", 12, List.of(ASFValue.of(12, QWORD)));
    }

    @Test
    void testAutoQwordList() throws IOException {
        setKey("WM/Track", List.of(12, 13), List.of(ASFValue.of(12, QWORD), ASFValue.of(13, QWORD)));
    }

    @Test
    void testAutoBool() throws IOException {
        setKey("IsVBR", true, List.of(ASFValue.of(true, BOOL)));
    }

    @Test
    void testAutoBoolList() throws IOException {
        setKey("IsVBR", List.of(true, false), List.of(ASFValue.of(true, BOOL), ASFValue.of(false, BOOL)));
    }

    @Test
    void testBasicTags() throws IOException {
        setKey("Title", "Wheeee", List.of(new ASFUnicodeAttribute("Wheeee")));
        setKey("Author", "Whoooo", List.of(new ASFUnicodeAttribute("Whoooo")));
        setKey("Copyright", "Whaaaa", List.of(new ASFUnicodeAttribute("Whaaaa")));
        setKey("Description", "Wii", List.of(new ASFUnicodeAttribute("Wii")));
        setKey("Rating", "5", List.of(new ASFUnicodeAttribute("5")));
    }

    @Test
    void testStream() throws IOException {
        audio.put("QL/OneHasStream", List.of(ASFValue.of("Whee", UNICODE, null, 2), ASFValue.of("Whee", UNICODE)));
        audio.put("QL/AllHaveStream", List.of(ASFValue.of("Whee", UNICODE, null, 1),
                ASFValue.of("Whee", UNICODE, null, 2)));
        audio.put("QL/NoStream", ASFValue.of("Whee", UNICODE));
        audio.save();
        audio = new ASF(filename);
        assertNull(audio.tags().get("QL/NoStream").get(0).stream());
        assertEquals(2, audio.tags().get("QL/OneHasStream").get(1).stream());
        assertNull(audio.tags().get("QL/OneHasStream").get(0).stream());
        assertEquals(1, audio.tags().get("QL/AllHaveStream").get(0).stream());
        assertEquals(2, audio.tags().get("QL/AllHaveStream").get(1).stream());
    }

    @Test
    void testLanguage() throws IOException {
        assertFalse(audio.tags().containsKey("QL/OneHasLang"));
        assertFalse(audio.tags().containsKey("QL/AllHaveLang"));
        audio.put("QL/OneHasLang", List.of(ASFValue.of("Whee", UNICODE, 2, null), ASFValue.of("Whee", UNICODE)));
        audio.put("QL/AllHaveLang", List.of(ASFValue.of("Whee", UNICODE, 1, null),
                ASFValue.of("Whee", UNICODE, 2, null)));
        audio.put("QL/NoLang", ASFValue.of("Whee", UNICODE));
        audio.save();
        audio = new ASF(filename);
        assertNull(audio.tags().get("QL/NoLang").get(0).language());
        assertEquals(2, audio.tags().get("QL/OneHasLang").get(1).language());
        assertNull(audio.tags().get("QL/OneHasLang").get(0).language());
        assertEquals(1, audio.tags().get("QL/AllHaveLang").get(0).language());
        assertEquals(2, audio.tags().get("QL/AllHaveLang").get(1).language());
    }

    @Test
    void testLangAndStreamMix() throws IOException {
        audio.put("QL/Mix", List.of(ASFValue.of("Whee", UNICODE, null, 1), ASFValue.of("Whee", UNICODE, 2, null),
                ASFValue.of("Whee", UNICODE, 4, 3), ASFValue.of("Whee", UNICODE)));
        audio.save();
        audio = new ASF(filename);
        // order not preserved here because they end up in different objects.
        List<ASFBaseAttribute> mix = audio.tags().get("QL/Mix");
        assertNull(mix.get(1).language());
        assertEquals(1, mix.get(1).stream());
        assertEquals(2, mix.get(2).language());
        assertEquals(0, mix.get(2).stream());
        assertEquals(4, mix.get(3).language());
        assertEquals(3, mix.get(3).stream());
        assertNull(mix.get(0).language());
        assertNull(mix.get(0).stream());
    }

    @Test
    void testDataSize() throws ASFError {
        ASFBaseAttribute v = ASFValue.parse(UNICODE, new byte[] {'4', (byte) 0xd8, 0x1e, (byte) 0xdd, 0, 0}, true,
                null, null);
        assertEquals(v.renderValue().length, v.dataSize());
    }
}
