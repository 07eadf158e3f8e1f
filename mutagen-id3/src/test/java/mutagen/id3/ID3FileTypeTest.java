// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mutagen.FileType;
import mutagen.Options;
import mutagen.StreamInfo;
import mutagen.easyid3.EasyID3;
import mutagen.easyid3.EasyID3FileType;
import mutagen.spi.ProbeInput;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ID3FileType, its provider and the subclassing hook (mutagen's {@code ID3FileType}). */
class ID3FileTypeTest {
    @TempDir
    Path tmp;

    @Test
    void testSaveOptionsOfAnyFormat() {
        mutagen.PaddingFunction none = info -> 0;
        ID3SaveOptions o = ID3SaveOptions.of(mutagen.SaveOptions.defaults().withPadding(none)
                .withMode(mutagen.util.SaveMode.DURABLE));
        assertEquals(4, o.v2Version());
        assertEquals(ID3v1SaveOptions.UPDATE, o.v1());
        assertEquals("/", o.v23Sep());
        assertSame(none, o.padding());
        assertEquals(mutagen.util.SaveMode.DURABLE, o.mode());
        ID3SaveOptions v23 = ID3SaveOptions.defaults().withV2Version(3).withMode(mutagen.util.SaveMode.DIRECT);
        assertSame(v23, ID3SaveOptions.of(v23));
        assertEquals(3, v23.withPadding(none).v2Version(), "a base wither keeps ID3's fields");
        assertEquals(mutagen.util.SaveMode.DIRECT, v23.withV1(0).mode(), "an ID3 wither keeps the mode");
        assertEquals(ID3SaveOptions.defaults(), new ID3SaveOptions(ID3v1SaveOptions.UPDATE, 4, "/", null));
    }

    @Test
    void testScore() throws Exception {
        ID3FileTypeProvider p = new ID3FileTypeProvider();
        assertEquals("ID3FileType", p.kindName());
        assertEquals("EasyID3FileType", p.kindName(Options.defaults().withEasy(true)));
        assertEquals(1, p.score(ProbeInput.of(FileSource.of(T.b("ID3\4\0\0\0\0\0\0"), "x.bin"))));
        assertEquals(0, p.score(ProbeInput.of(FileSource.of(T.b("fLaC"), "x.mp3"))));
        assertEquals(0, p.score(ProbeInput.of(FileSource.of(new byte[0], ""))));
    }

    @Test
    void testFileOpenUsesProvider() throws Exception {
        Optional<FileType> f = mutagen.File.open(TestFiles.corpus("id3v23_unsynch.id3"),
                Options.defaults().withKinds("ID3FileType"));
        assertTrue(f.isPresent());
        assertTrue(f.get() instanceof ID3FileType);
        assertEquals(List.of("application/octet-stream"), f.get().mime());
        assertEquals("Unknown format with ID3 tag (application/octet-stream)\nTALB=100% Jazz\n"
                + "TIT2=My babe just cares for me\nTLEN=216000\nTPE1=Nina Simone\nTRCK=03", f.get().pprint());

        Optional<FileType> easy = mutagen.File.open(TestFiles.corpus("id3v23_unsynch.id3"),
                Options.defaults().withKinds("ID3FileType").withEasy(true));
        assertTrue(easy.get() instanceof EasyID3FileType);
        assertEquals("Unknown format with ID3 tag (application/octet-stream)\nalbum=100% Jazz\nartist=Nina Simone\n"
                + "length=216000\ntitle=My babe just cares for me\ntracknumber=03", easy.get().pprint());
    }

    @Test
    void testNoTag() throws Exception {
        ID3FileType f = new ID3FileType(TestFiles.corpus("emptyfile.mp3"));
        assertNull(f.tags());
        assertEquals("Unknown format with ID3 tag (application/octet-stream)", f.pprint());
        assertEquals(0.0, f.info().length());
        assertEquals(List.of(), f.keys());
    }

    @Test
    void testAddTags() throws Exception {
        ID3FileType f = new ID3FileType(TestFiles.corpus("id3v23_unsynch.id3"));
        assertThrows(ID3Error.class, f::addTags);
        ID3FileType g = new ID3FileType(TestFiles.corpus("emptyfile.mp3"));
        g.addTags();
        assertTrue(g.tags() instanceof ID3);
        assertThrows(ID3Error.class, g::addTags);
    }

    @Test
    void testSaveAndDelete() throws Exception {
        Path p = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), tmp);
        ID3FileType f = new ID3FileType(p);
        f.id3().add(new TIT3(Encoding.UTF8, "sub"));
        f.save();
        assertEquals("sub", new ID3(p).get("TIT3").str());
        f.save(ID3SaveOptions.defaults().withV2Version(3).withV1(0));
        assertEquals(List.of(2, 3, 0), new ID3(p).version());
        f.delete();
        assertThrows(ID3NoHeaderError.class, () -> new ID3(p));
        assertTrue(f.id3().keys().isEmpty());
    }

    @Test
    void testEasySaveV23() throws Exception {
        Path p = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), tmp);
        EasyID3FileType f = new EasyID3FileType(p);
        f.put("date", "2010");
        f.save(ID3SaveOptions.defaults().withV2Version(3));
        assertEquals(List.of("2010"), f.tags().get("date"));
        ID3 raw = new ID3(p, ID3LoadOptions.defaults().withTranslate(false));
        assertEquals("2010", raw.get("TYER").str());
        assertTrue(f.tags() instanceof EasyID3);
    }

    /** A subclass reading stream info after the tag, as MP3 and TrueAudio do. */
    static final class Probe extends ID3FileType {
        static long seenOffset = -1;

        Probe(FileSource source) throws IOException {
            super(source.path(), source, ID3LoadOptions.defaults(), null);
        }

        @Override
        protected StreamInfo loadInfo(FileSource source, long offset) throws IOException {
            seenOffset = offset;
            return new Info();
        }
    }

    @Test
    void testLoadInfoHookGetsAudioOffset() throws Exception {
        try (FileSource src = FileSource.open(TestFiles.corpus("silence-44-s.mp3"))) {
            new Probe(src);
        }
        assertEquals(1314, Probe.seenOffset);
        try (FileSource src = FileSource.open(TestFiles.corpus("emptyfile.mp3"))) {
            new Probe(src);
        }
        assertEquals(0, Probe.seenOffset);
    }

    @Test
    void testModuleDelete() throws Exception {
        Path p = TestFiles.tempCopy(TestFiles.corpus("id3v1v2-combined.mp3"), tmp);
        long before = Files.size(p);
        ID3.deleteTags(p, true, false);
        assertEquals(before - 128, Files.size(p));
        ID3.deleteTags(p, false, true);
        assertThrows(ID3NoHeaderError.class, () -> new ID3(p));
    }
}
