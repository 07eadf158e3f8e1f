// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TFileType and TFile (the format-neutral parts), with fake formats.
package mutagen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypeTest {

    /** Tags as a plain ordered map. */
    static final class MapTags extends Tags {
        final Map<String, Object> map = new LinkedHashMap<>();

        @Override
        public String pprint() {
            StringBuilder sb = new StringBuilder();
            map.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "\n").append(k).append('=').append(v));
            return sb.toString();
        }

        @Override
        public List<String> keys() {
            return new ArrayList<>(map.keySet());
        }

        @Override
        public Object get(String key) {
            return map.get(key);
        }

        @Override
        public void put(String key, Object value) {
            map.put(key, value);
        }

        @Override
        public void remove(String key) {
            if (map.remove(key) == null) {
                throw new NoSuchElementException(key);
            }
        }
    }

    static final class FakeInfo extends StreamInfo {
        @Override
        public double length() {
            return 1.5;
        }

        @Override
        public String pprint() {
            return "Fake, 1.50 seconds";
        }

        @Override
        public Map<String, Object> attributes() {
            return Map.of("length", 1.5);
        }
    }

    /** A format whose tags are the text after "FAKE" (saving rewrites the file from offset 4). */
    static class Fake extends FileType {
        MapTags tags;

        Fake(Path filename, MapTags tags) {
            super(filename);
            this.tags = tags;
        }

        @Override
        public StreamInfo info() {
            return new FakeInfo();
        }

        @Override
        public Tags tags() {
            return tags;
        }

        @Override
        public List<String> mime() {
            return mimes("audio/x-fake", "audio/x-fake");
        }

        @Override
        public void addTags() throws MutagenError {
            if (tags != null) {
                throw new MutagenError("already has tags");
            }
            tags = new MapTags();
        }

        @Override
        protected void saveTags(FileSource target) throws IOException {
            byte[] text = (tags == null ? "" : tags.pprint()).getBytes(StandardCharsets.UTF_8);
            target.truncate(4);
            target.write(4, text);
        }

        @Override
        protected void deleteTags(FileSource target) throws IOException {
            target.truncate(4);
            tags = null;
        }
    }

    /** A provider with a fixed score and name. */
    static class FixedProvider implements FormatProvider {
        final String name;
        final int score;

        FixedProvider(String name, int score) {
            this.name = name;
            this.score = score;
        }

        @Override
        public String kindName() {
            return name;
        }

        @Override
        public int score(ProbeInput input) throws IOException {
            return score;
        }

        @Override
        public FileType open(FileSource source, Options options) throws IOException {
            return new Fake(source.path(), null) {
                @Override
                public String toString() {
                    return name;
                }
            };
        }
    }

    @Test
    void testDelitemNotThere() {
        Fake f = new Fake(null, new MapTags());
        assertThrows(NoSuchElementException.class, () -> f.remove("foobar"));
        assertThrows(NoSuchElementException.class, () -> new Fake(null, null).remove("foobar"));
    }

    @Test
    void testAddTags() throws MutagenError {
        Fake f = new Fake(null, null);
        assertNull(f.tags());
        assertEquals(List.of(), f.keys());
        assertNull(f.get("x"));
        f.addTags();
        assertThrows(MutagenError.class, f::addTags);
    }

    @Test
    void testDelitem() throws MutagenError {
        Fake f = new Fake(null, null);
        f.put("foobar", "quux");
        assertEquals(List.of("foobar"), f.keys());
        assertEquals("quux", f.get("foobar"));
        assertTrue(f.tags().containsKey("foobar"));
        f.remove("foobar");
        assertFalse(f.tags().containsKey("foobar"));
    }

    @Test
    void testPprintAndMime() throws MutagenError {
        Fake f = new Fake(null, null);
        assertEquals(List.of("audio/x-fake", "application/octet-stream"), f.mime());
        assertEquals("Fake, 1.50 seconds (audio/x-fake)", f.pprint());
        f.addTags();
        assertEquals("Fake, 1.50 seconds (audio/x-fake)", f.pprint());
        f.put("a", "b");
        assertEquals("Fake, 1.50 seconds (audio/x-fake)\na=b", f.pprint());
    }

    @Test
    void testSaveAndDeleteByPath(@TempDir Path dir) throws IOException {
        Path p = Files.write(dir.resolve("x.fake"), Bytes.ascii("FAKEold"));
        Fake f = new Fake(p, new MapTags());
        f.put("k", "v");
        f.save();
        assertEquals("FAKEk=v", Files.readString(p));
        f.delete();
        assertEquals("FAKE", Files.readString(p));
        Fake noName = new Fake(null, null);
        assertEquals("no file name: this file was loaded from a channel",
                assertThrows(MutagenError.class, noName::save).getMessage());
        assertThrows(MutagenError.class, noName::delete);
        MutagenError missing = assertThrows(MutagenError.class, () -> f.save(dir.resolve("missing.fake")));
        assertTrue(missing.getMessage().startsWith("[Errno 2] No such file or directory: "), missing.getMessage());
    }

    @Test
    void testSaveIntoChannel() throws IOException {
        mutagen.util.MemoryChannel ch = mutagen.util.MemoryChannel.writable(Bytes.ascii("FAKEzzzzzz"));
        Fake f = new Fake(null, new MapTags());
        f.put("a", "1");
        f.save(ch);
        assertArrayEquals(Bytes.ascii("FAKEa=1"), ch.toByteArray());
        f.delete(ch);
        assertArrayEquals(Bytes.ascii("FAKE"), ch.toByteArray());
        // A read-only source cannot be saved into.
        assertThrows(MutagenError.class, () -> f.save(FileSource.of(new byte[4], "")));
    }

    @Test
    void testMutagenErrorText() {
        assertEquals("", new MutagenError((String) null).pythonStr());
        assertEquals("x", new MutagenError("x").pythonStr());
        IOException cause = new IOException("disk");
        MutagenError wrapped = new MutagenError(cause);
        assertEquals("disk", wrapped.getMessage());
        assertSame(cause, wrapped.getCause());
    }

    // ---- File ----

    private static Optional<FileType> open(byte[] data, FormatProvider... providers) throws MutagenError {
        return File.open(data, "x", Options.defaults().withProviders(List.of(providers)));
    }

    @Test
    void testNoOptions() throws MutagenError {
        assertEquals(Optional.empty(), open(new byte[10]));
    }

    @Test
    void testHighestScoreWins() throws MutagenError {
        assertEquals("B", open(new byte[0], new FixedProvider("A", 1), new FixedProvider("B", 3),
                new FixedProvider("C", 2)).get().toString());
    }

    @Test
    void testTiesGoToTheGreatestName() throws MutagenError {
        assertEquals("MP3", open(new byte[0], new FixedProvider("ID3FileType", 2), new FixedProvider("MP3", 2))
                .get().toString());
        assertEquals("MP3", open(new byte[0], new FixedProvider("MP3", 2), new FixedProvider("ID3FileType", 2))
                .get().toString());
        // Python compares code points: lower case sorts after upper case.
        assertEquals("aac", open(new byte[0], new FixedProvider("aac", 1), new FixedProvider("AAC", 1))
                .get().toString());
    }

    @Test
    void testNonPositiveScoresMatchNothing() throws MutagenError {
        assertEquals(Optional.empty(), open(new byte[0], new FixedProvider("A", 0), new FixedProvider("B", -5)));
    }

    @Test
    void testThrowingScoreCountsAsNoMatch() throws MutagenError {
        FormatProvider broken = new FixedProvider("ZZZ", 100) {
            @Override
            public int score(ProbeInput input) {
                throw new IllegalStateException("bug in a provider");
            }
        };
        FormatProvider io = new FixedProvider("ZZY", 100) {
            @Override
            public int score(ProbeInput input) throws IOException {
                throw new IOException("cannot read");
            }
        };
        assertEquals("A", open(new byte[0], broken, io, new FixedProvider("A", 1)).get().toString());
        assertEquals(Optional.empty(), open(new byte[0], broken, io));
    }

    @Test
    void testOpenErrorPropagates() {
        FormatProvider failing = new FixedProvider("F", 1) {
            @Override
            public FileType open(FileSource source, Options options) throws IOException {
                throw new IOException("bad file");
            }
        };
        MutagenError e = assertThrows(MutagenError.class, () -> open(new byte[0], failing));
        assertEquals("bad file", e.getMessage());
    }

    @Test
    void testNoFormatIsInstalledInTheApiModule() throws MutagenError {
        assertEquals(List.of(), mutagen.spi.Providers.installed());
        assertEquals(List.of(), mutagen.spi.Providers.loadErrors());
        assertNull(mutagen.spi.Providers.byKind("MP3"));
        assertThrows(IllegalArgumentException.class, () -> Options.defaults().withKinds("MP3"));
        assertEquals(Optional.empty(), File.open(Bytes.ascii("fLaC")));
        assertTrue(Options.defaults().withEasy(true).easy());
        assertFalse(Options.defaults().easy());
    }

    @Test
    void testProbeInput() throws IOException {
        byte[] data = new byte[300];
        data[0] = 'I';
        data[1] = 'D';
        data[2] = '3';
        data[299] = 7;
        ProbeInput in = ProbeInput.of(FileSource.of(data, "Song.MP3"));
        assertEquals(128, in.header().length);
        assertTrue(in.headerStartsWith(Bytes.ascii("ID3")));
        assertTrue(in.headerContains(Bytes.ascii("D3")));
        assertFalse(in.headerContains(new byte[] {7}));
        assertTrue(in.nameEndsWith(".mp3"));
        assertEquals("Song.MP3", in.fileName());
        assertEquals(300, in.size());
        assertArrayEquals(new byte[] {0, 7}, in.tail(2));
        assertEquals(160, in.tail(160).length);
        assertArrayEquals(new byte[] {7}, in.tail(1));
        assertEquals(300, in.tail(1000).length);
        assertEquals(3, ProbeInput.of(FileSource.of(new byte[3], "")).header().length);
    }

    @Test
    void testNameEndsWithIsPythonsLowerEndswith() {
        // ASCII names are compared in place; others as Python's filename.lower().endswith(suffix) (Java's ROOT
        // lower-casing agrees with it on these: the Kelvin sign lower-cases to 'k', the long s stays itself).
        String[][] cases = {
                {"Song.MP3", ".mp3", "true"}, {"song.mp3", ".mp3", "true"}, {"song.mp", ".mp3", "false"},
                {"mp3", ".mp3", "false"}, {"", ".mp3", "false"}, {".MP3", ".mp3", "true"}, {"a.Mp3x", ".mp3", "false"},
                {"\u00c9t\u00e9.FLAC", ".flac", "true"}, {"x.MK\u212a", ".mkk", "true"}, {"x.\u017f", ".s", "false"},
                {"x.FL\u0130C", ".flic", "false"}, {"\u0130.flac", ".flac", "true"},
        };
        for (String[] c : cases) {
            String name = c[0].translateEscapes();
            ProbeInput in = ProbeInput.of(FileSource.of(new byte[1], name));
            assertEquals(Boolean.parseBoolean(c[2]), in.nameEndsWith(c[1]), name + " " + c[1]);
        }
    }
}
