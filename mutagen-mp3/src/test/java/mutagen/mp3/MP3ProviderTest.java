// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TFile (the MP3 cases: test_mp3, test_easy_mp3, test_id3_indicates_mp3_not_tta
// with ID3FileType in TrueAudio's place) and of the score of mutagen.mp3.MP3
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mutagen.File;
import mutagen.FileType;
import mutagen.Options;
import mutagen.id3.ID3FileType;
import mutagen.id3.ID3FileTypeProvider;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** MP3Provider: its score table, the kind it opens, and mutagen.File over every corpus MP3. */
class MP3ProviderTest {
    /** Corpus MP3s without MPEG audio: mutagen.File picks MP3, which raises HeaderNotFoundError. */
    private static final Set<String> NO_AUDIO = Set.of("emptyfile.mp3", "too-short.mp3");

    /** {@code mutagen-inspect FILE}'s text after "- " for each corpus MP3 it loads (mutagen 1.48.1). */
    private static final Map<String, String> INSPECT = Map.ofEntries(
            Map.entry("97-unknown-23-update.mp3",
                "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.77 seconds (audio"
                + "/mp3)\n"
                + "TIT2=aaaaaaaaaaaaaaaaaaaaaaa vvvvvvvvvvvvvvvvveeeeeerrrrrrrrrrrrrrrryy"
                + "yyyyyyyyyyy loooooooooooooooooooooooooooooonnnnnnggggggggggggg ttttttt"
                + "tttttttttiiiiiiiiiiiiiittttttttttllllllllllllllleeeeeeeeeeeeeeeeeee\n"
                + "TPE1=aaaaaaaaaaaaaaaaaaaaaaa vvvvvvvvvvvvvvvvveeeeeerrrrrrrrrrrrrrrryy"
                + "yyyyyyyyyyy loooooooooooooooooooooooooooooonnnnnnggggggggggggg artist "
                + "name"),
            Map.entry("apev2-lyricsv2.mp3",
                "MPEG 1 layer 3, 192000 bps (CBR, LAME 3.93.0+, -b 192), 44100 Hz, 2 ch"
                + "n, 210.92 seconds (audio/mp3)\n"
                + "PRIV=AverageLevel=b'?\\x17\\x00\\x00'\n"
                + "PRIV=PeakValue=b'\\xff\\x7f\\x00\\x00'\n"
                + "PRIV=WM/MediaClassPrimaryID=b'\\xbc}`\\xd1#\\xe3\\xe2K\\x86\\xa1H\\xa4*(D\\x1e"
                + "'\n"
                + "PRIV=WM/MediaClassSecondaryID=b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x"
                + "00\\x00\\x00\\x00\\x00\\x00\\x00'\n"
                + "TCON=House\n"
                + "TDRC=0000\n"
                + "TIT2=A song   \n"
                + "TPE1=Auth"),
            Map.entry("audacious-trailing-id32-apev2.mp3",
                "MPEG 2 layer 3, 16800 bps (ABR, LAME 3.99.1+, --preset 16), 16000 Hz, "
                + "1 chn, 1.01 seconds (audio/mp3)"),
            Map.entry("audacious-trailing-id32-id31.mp3",
                "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.82 seconds (audio"
                + "/mp3)"),
            Map.entry("bad-POPM-frame.mp3",
                "MPEG 1 layer 3, 127698 bps (VBR, LAME 3.92.0+, -V 4), 44100 Hz, 2 chn,"
                + " 188.83 seconds (audio/mp3)\n"
                + "COMM==   =h\u00e4st\n"
                + "POPM=Windows Media Player 9 Series=2709193061 255/255\n"
                + "TALB=emit and exude\n"
                + "TCOM=pjat lain\n"
                + "TCON=Other\n"
                + "TDRC=2004\n"
                + "TIT2=Emit and exude\n"
                + "TPE1=she\n"
                + "TRCK=4"),
            Map.entry("bad-TYER-frame.mp3",
                "MPEG 1 layer 3, 320000 bps (CBR?), 44100 Hz, 2 chn, 0.94 seconds (audi"
                + "o/mp3)\n"
                + "COMM=ID3v1 Comment=eng=http://mp3splt.sf.net\n"
                + "TALB=Splitted by Mp3Splt v. 2.1\n"
                + "TIT2=This track has an invalid TYER frame, that used to be able to bre"
                + "ak Mutagen\n"
                + "TPE1=From 1.01 To 1.02"),
            Map.entry("bad-xing.mp3",
                "MPEG 1 layer 3, 48000 bps (VBR), 44100 Hz, 2 chn, 0.00 seconds (audio/"
                + "mp3)\n"
                + "COMM==\u0000\u0000\u0000=Furukawa Toshio, Tominaga Miina, Ikemizu Michihiro, Gouri Da"
                + "isuke\n"
                + "TALB=Patlabor CD Box Deluxe Disc 3\n"
                + "TCON=Anime\n"
                + "TDRC=1992\n"
                + "TIT2=09-28-2001\n"
                + "TPE1=Ito Kazunori\n"
                + "TRCK=12\n"
                + "TXXX=replaygain_album_gain=-5.44 dB\n"
                + "TXXX=replaygain_album_peak=1.136102\n"
                + "TXXX=replaygain_track_gain=-0.61 dB\n"
                + "TXXX=replaygain_track_peak=1.039857"),
            Map.entry("id3v1v2-combined.mp3",
                "MPEG 1 layer 3, 160000 bps (CBR?), 44100 Hz, 2 chn, 0.15 seconds (audi"
                + "o/mp3)\n"
                + "COMM==eng=Waterbug Records, www.anaismitchell.com\n"
                + "COMM=ID3v1 Comment=eng=v1 comment\n"
                + "COMM=iTunNORM=eng= 0000044E 00000061 00009B67 000044C3 00022478 000221"
                + "82 00007FCC 00007E5C 0002245E 0002214E\n"
                + "COMM=iTunes_CDDB_1=eng=9D09130B+174405+11+150+14097+27391+43983+65786+"
                + "84877+99399+113226+132452+146426+163829\n"
                + "COMM=iTunes_CDDB_TrackNumber=eng=3\n"
                + "TALB=Hymns for the Exiled\n"
                + "TDRC=1337\n"
                + "TENC=iTunes v4.6\n"
                + "TIT2=cosmic american\n"
                + "TPE1=Anais Mitchell\n"
                + "TRCK=3/11"),
            Map.entry("id3v22-test.mp3",
                "MPEG 1 layer 3, 160000 bps (CBR?), 44100 Hz, 2 chn, 0.14 seconds (audi"
                + "o/mp3)\n"
                + "COMM==eng=Waterbug Records, www.anaismitchell.com\n"
                + "COMM=iTunNORM=eng= 0000044E 00000061 00009B67 000044C3 00022478 000221"
                + "82 00007FCC 00007E5C 0002245E 0002214E\n"
                + "COMM=iTunes_CDDB_1=eng=9D09130B+174405+11+150+14097+27391+43983+65786+"
                + "84877+99399+113226+132452+146426+163829\n"
                + "COMM=iTunes_CDDB_TrackNumber=eng=3\n"
                + "TALB=Hymns for the Exiled\n"
                + "TDRC=2004\n"
                + "TENC=iTunes v4.6\n"
                + "TIT2=cosmic american\n"
                + "TPE1=Anais Mitchell\n"
                + "TRCK=3/11"),
            Map.entry("lame-peak.mp3",
                "MPEG 1 layer 3, 127936 bps (CBR, LAME 3.99.1+, -b 128), 44100 Hz, 2 ch"
                + "n, 0.06 seconds (audio/mp3)"),
            Map.entry("lame.mp3",
                "MPEG 1 layer 3, 127783 bps (VBR, LAME 3.99.1+, -V 2), 44100 Hz, 2 chn,"
                + " 0.06 seconds (audio/mp3)"),
            Map.entry("lame397v9short.mp3",
                "MPEG 2 layer 3, 40000 bps (VBR, LAME 3.97.0, -V 9), 24000 Hz, 2 chn, 0"
                + ".00 seconds (audio/mp3)"),
            Map.entry("no-tags.mp3",
                "MPEG 1 layer 3, 159786 bps (ABR, LAME 3.100.0+, --preset 128), 44100 H"
                + "z, 2 chn, 0.06 seconds (audio/mp3)"),
            Map.entry("silence-44-s-mpeg2.mp3",
                "MPEG 2 layer 3, 17783 bps (VBR, LAME 3.98.1+, -V 9 --vbr-old), 24000 H"
                + "z, 2 chn, 3.68 seconds (audio/mp3)"),
            Map.entry("silence-44-s-mpeg25.mp3",
                "MPEG 2.5 layer 3, 8900 bps (VBR, LAME 3.98.1+, -V 9 --vbr-old), 12000 "
                + "Hz, 2 chn, 3.68 seconds (audio/mp3)"),
            Map.entry("silence-44-s-v1.mp3",
                "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.77 seconds (audio"
                + "/mp3)\n"
                + "TALB=Quod Libet Test Data\n"
                + "TCON=Darkwave\n"
                + "TDRC=2004\n"
                + "TIT2=Silence\n"
                + "TPE1=piman\n"
                + "TRCK=2"),
            Map.entry("silence-44-s.mp3",
                "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.77 seconds (audio"
                + "/mp3)\n"
                + "TALB=Quod Libet Test Data\n"
                + "TCON=Silence\n"
                + "TDRC=2004\n"
                + "TIT1=Silence\n"
                + "TIT2=Silence\n"
                + "TLEN=3000\n"
                + "TPE1=piman / jzig\n"
                + "TRCK=02/10"),
            Map.entry("vbri.mp3",
                "MPEG 1 layer 3, 233260 bps (VBR, FhG), 44100 Hz, 2 chn, 222.20 seconds"
                + " (audio/mp3)\n"
                + "COMM==\u0000e\u0000=Ripped by THSLIVE\n"
                + "TALB=I Can Walk On Water I Can Fly\n"
                + "TCON=Dance\n"
                + "TDRC=2007\n"
                + "TIT2=I Can Walk On Water I Can Fly\n"
                + "TPE1=Basshunter\n"
                + "TRCK=01"),
            Map.entry("xing.mp3",
                "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 2.05 seconds (audio"
                + "/mp3)"));

    /** {@code mutagen.File(FILE, easy=True).pprint()} for the same files (mutagen 1.48.1). */
    private static final Map<String, String> EASY = Map.ofEntries(
            Map.entry("97-unknown-23-update.mp3",
                "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.77 seconds (audio"
                + "/mp3)\n"
                + "artist=aaaaaaaaaaaaaaaaaaaaaaa vvvvvvvvvvvvvvvvveeeeeerrrrrrrrrrrrrrrr"
                + "yyyyyyyyyyyyy loooooooooooooooooooooooooooooonnnnnnggggggggggggg artis"
                + "t name\n"
                + "title=aaaaaaaaaaaaaaaaaaaaaaa vvvvvvvvvvvvvvvvveeeeeerrrrrrrrrrrrrrrry"
                + "yyyyyyyyyyyy loooooooooooooooooooooooooooooonnnnnnggggggggggggg tttttt"
                + "ttttttttttiiiiiiiiiiiiiittttttttttllllllllllllllleeeeeeeeeeeeeeeeeee"),
            Map.entry("apev2-lyricsv2.mp3",
                "MPEG 1 layer 3, 192000 bps (CBR, LAME 3.93.0+, -b 192), 44100 Hz, 2 ch"
                + "n, 210.92 seconds (audio/mp3)\n"
                + "artist=Auth\n"
                + "date=0000\n"
                + "genre=House\n"
                + "title=A song   "),
            Map.entry("audacious-trailing-id32-apev2.mp3",
                "MPEG 2 layer 3, 16800 bps (ABR, LAME 3.99.1+, --preset 16), 16000 Hz, "
                + "1 chn, 1.01 seconds (audio/mp3)"),
            Map.entry("audacious-trailing-id32-id31.mp3",
                "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.82 seconds (audio"
                + "/mp3)"),
            Map.entry("bad-POPM-frame.mp3",
                "MPEG 1 layer 3, 127698 bps (VBR, LAME 3.92.0+, -V 4), 44100 Hz, 2 chn,"
                + " 188.83 seconds (audio/mp3)\n"
                + "album=emit and exude\n"
                + "artist=she\n"
                + "composer=pjat lain\n"
                + "date=2004\n"
                + "genre=Other\n"
                + "title=Emit and exude\n"
                + "tracknumber=4"),
            Map.entry("bad-TYER-frame.mp3",
                "MPEG 1 layer 3, 320000 bps (CBR?), 44100 Hz, 2 chn, 0.94 seconds (audi"
                + "o/mp3)\n"
                + "album=Splitted by Mp3Splt v. 2.1\n"
                + "artist=From 1.01 To 1.02\n"
                + "title=This track has an invalid TYER frame, that used to be able to br"
                + "eak Mutagen"),
            Map.entry("bad-xing.mp3",
                "MPEG 1 layer 3, 48000 bps (VBR), 44100 Hz, 2 chn, 0.00 seconds (audio/"
                + "mp3)\n"
                + "album=Patlabor CD Box Deluxe Disc 3\n"
                + "artist=Ito Kazunori\n"
                + "date=1992\n"
                + "genre=Anime\n"
                + "title=09-28-2001\n"
                + "tracknumber=12"),
            Map.entry("id3v1v2-combined.mp3",
                "MPEG 1 layer 3, 160000 bps (CBR?), 44100 Hz, 2 chn, 0.15 seconds (audi"
                + "o/mp3)\n"
                + "album=Hymns for the Exiled\n"
                + "artist=Anais Mitchell\n"
                + "date=1337\n"
                + "encodedby=iTunes v4.6\n"
                + "title=cosmic american\n"
                + "tracknumber=3/11"),
            Map.entry("id3v22-test.mp3",
                "MPEG 1 layer 3, 160000 bps (CBR?), 44100 Hz, 2 chn, 0.14 seconds (audi"
                + "o/mp3)\n"
                + "album=Hymns for the Exiled\n"
                + "artist=Anais Mitchell\n"
                + "date=2004\n"
                + "encodedby=iTunes v4.6\n"
                + "title=cosmic american\n"
                + "tracknumber=3/11"),
            Map.entry("lame-peak.mp3",
                "MPEG 1 layer 3, 127936 bps (CBR, LAME 3.99.1+, -b 128), 44100 Hz, 2 ch"
                + "n, 0.06 seconds (audio/mp3)"),
            Map.entry("lame.mp3",
                "MPEG 1 layer 3, 127783 bps (VBR, LAME 3.99.1+, -V 2), 44100 Hz, 2 chn,"
                + " 0.06 seconds (audio/mp3)"),
            Map.entry("lame397v9short.mp3",
                "MPEG 2 layer 3, 40000 bps (VBR, LAME 3.97.0, -V 9), 24000 Hz, 2 chn, 0"
                + ".00 seconds (audio/mp3)"),
            Map.entry("no-tags.mp3",
                "MPEG 1 layer 3, 159786 bps (ABR, LAME 3.100.0+, --preset 128), 44100 H"
                + "z, 2 chn, 0.06 seconds (audio/mp3)"),
            Map.entry("silence-44-s-mpeg2.mp3",
                "MPEG 2 layer 3, 17783 bps (VBR, LAME 3.98.1+, -V 9 --vbr-old), 24000 H"
                + "z, 2 chn, 3.68 seconds (audio/mp3)"),
            Map.entry("silence-44-s-mpeg25.mp3",
                "MPEG 2.5 layer 3, 8900 bps (VBR, LAME 3.98.1+, -V 9 --vbr-old), 12000 "
                + "Hz, 2 chn, 3.68 seconds (audio/mp3)"),
            Map.entry("silence-44-s-v1.mp3",
                "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.77 seconds (audio"
                + "/mp3)\n"
                + "album=Quod Libet Test Data\n"
                + "artist=piman\n"
                + "date=2004\n"
                + "genre=Darkwave\n"
                + "title=Silence\n"
                + "tracknumber=2"),
            Map.entry("silence-44-s.mp3",
                "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.77 seconds (audio"
                + "/mp3)\n"
                + "album=Quod Libet Test Data\n"
                + "artist=piman\n"
                + "artist=jzig\n"
                + "date=2004\n"
                + "genre=Silence\n"
                + "grouping=Silence\n"
                + "length=3000\n"
                + "title=Silence\n"
                + "tracknumber=02/10"),
            Map.entry("vbri.mp3",
                "MPEG 1 layer 3, 233260 bps (VBR, FhG), 44100 Hz, 2 chn, 222.20 seconds"
                + " (audio/mp3)\n"
                + "album=I Can Walk On Water I Can Fly\n"
                + "artist=Basshunter\n"
                + "date=2007\n"
                + "genre=Dance\n"
                + "title=I Can Walk On Water I Can Fly\n"
                + "tracknumber=01"),
            Map.entry("xing.mp3",
                "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 2.05 seconds (audio"
                + "/mp3)"));

    private static final MP3Provider PROVIDER = new MP3Provider();

    private static ProbeInput probe(String name, byte[] header) {
        return ProbeInput.of(FileSource.of(header, name));
    }

    private static byte[] b(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static int score(String name, byte[] header) {
        return PROVIDER.score(probe(name, header));
    }

    @Test
    void testKindNames() {
        assertEquals("MP3", PROVIDER.kindName());
        assertEquals("MP3", PROVIDER.kindName(Options.defaults()));
        assertEquals("EasyMP3", PROVIDER.kindName(Options.defaults().withEasy(true)));
    }

    @Test
    void testId3IndicatesMp3NotTta() {
        // mutagen compares TrueAudio and MP3; TrueAudio's score for an ID3 header is ID3FileType's (1).
        byte[] header = "ID3 the rest of this is garbage".getBytes(StandardCharsets.US_ASCII);
        String filename = "not-identifiable.ext";
        int id3 = new ID3FileTypeProvider().score(probe(filename, header));
        int mp3 = score(filename, header);
        assertEquals(1, id3);
        assertEquals(2, mp3);
        assertTrue(id3 < mp3);
        FormatProvider chosen = File.choose(probe(filename, header), Options.defaults());
        assertEquals("MP3", chosen.kindName());
    }

    @Test
    void testScoreExtensions() {
        byte[] none = new byte[0];
        byte[] junk = b('j', 'u', 'n', 'k');
        assertEquals(1, score("a.mp3", none));
        assertEquals(1, score("A.MP3", junk));
        assertEquals(1, score("a.mp2", junk));
        assertEquals(1, score("a.mpg", junk));
        assertEquals(1, score("a.mpeg", junk));
        assertEquals(1, score("dir.mp3/A.MPEG", junk));
        assertEquals(0, score("a.mp3.bak", junk));
        assertEquals(0, score("a.mp4", junk));
        assertEquals(0, score("", junk));
        assertEquals(3, score("a.mp3", b('I', 'D', '3', 4, 0)));
        assertEquals(3, score("a.MPG", b('I', 'D', '3')));
    }

    @Test
    void testScoreFrameSync() {
        for (int second : new int[] {0xF2, 0xF3, 0xFA, 0xFB}) {
            assertEquals(2, score("noext", b(0xFF, second, 0x90, 0x00)), Integer.toHexString(second));
            assertEquals(3, score("x.mp3", b(0xFF, second)), Integer.toHexString(second));
        }
        // Only MPEG 1/2 layer III syncs count (mutagen's list): layer I/II, MPEG 2.5 and free sync bytes do not.
        for (int second : new int[] {0xFE, 0xFD, 0xFC, 0xF4, 0xE3, 0xE2, 0xF0, 0xFF, 0x00}) {
            assertEquals(0, score("noext", b(0xFF, second, 0x90, 0x00)), Integer.toHexString(second));
        }
        assertEquals(0, score("noext", b(0xFF)));
        assertEquals(0, score("noext", b('i', 'd', '3')));
        assertEquals(0, score("noext", b(0, 'I', 'D', '3')));
    }

    @Test
    void testMp3ScoresAboveId3FileTypeForTaggedFiles() throws IOException {
        for (String name : List.of("silence-44-s.mp3", "issue_21.id3", "id3v23_unsynch.id3")) {
            try (FileSource source = FileSource.open(TestFiles.corpus(name))) {
                ProbeInput in = ProbeInput.of(source);
                assertTrue(PROVIDER.score(in) > new ID3FileTypeProvider().score(in), name);
                assertEquals("MP3", File.choose(in, Options.defaults()).kindName(), name);
                assertEquals("EasyMP3", File.choose(in, Options.defaults().withEasy(true)).kindName(Options
                        .defaults().withEasy(true)), name);
            }
        }
    }

    @Test
    void testEasyMp3() throws IOException {
        Optional<FileType> f = File.open(TestFiles.corpus("silence-44-s.mp3"), Options.defaults().withEasy(true));
        assertInstanceOf(EasyMP3.class, f.orElseThrow());
    }

    @Test
    void testMp3() throws IOException {
        for (String name : List.of("bad-xing.mp3", "xing.mp3", "silence-44-s.mp3")) {
            FileType f = File.open(TestFiles.corpus(name)).orElseThrow();
            assertEquals(MP3.class, f.getClass(), name);
        }
    }

    @Test
    void testOpenWithOnlyId3FileType() throws IOException {
        // options=[ID3FileType]: the same file opens as the bare ID3 type.
        FileType f = File.open(TestFiles.corpus("silence-44-s.mp3"), Options.defaults().withKinds("ID3FileType"))
                .orElseThrow();
        assertEquals(ID3FileType.class, f.getClass());
    }

    static Stream<Path> corpusMp3s() {
        return TestFiles.allCorpusFiles().stream()
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp3"));
    }

    @Test
    void testEveryCorpusMp3IsListed() {
        Set<String> names = corpusMp3s().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(INSPECT.keySet());
        expected.addAll(NO_AUDIO);
        assertEquals(expected, names);
        assertEquals(INSPECT.keySet(), EASY.keySet());
    }

    @ParameterizedTest
    @MethodSource("corpusMp3s")
    void testFileOpenPicksMp3(Path path) throws IOException {
        String name = path.getFileName().toString();
        if (NO_AUDIO.contains(name)) {
            HeaderNotFoundError e = assertThrows(HeaderNotFoundError.class, () -> File.open(path));
            assertEquals("can't sync to MPEG frame", e.getMessage());
            assertThrows(HeaderNotFoundError.class, () -> File.open(path, Options.defaults().withEasy(true)));
        } else {
            FileType f = File.open(path).orElseThrow();
            assertEquals(MP3.class, f.getClass(), name);
            assertEquals(INSPECT.get(name), f.pprint(), name);
            FileType easy = File.open(path, Options.defaults().withEasy(true)).orElseThrow();
            assertEquals(EasyMP3.class, easy.getClass(), name);
            assertEquals(EASY.get(name), easy.pprint(), name);
        }
    }

    @Test
    void testFileOpenId3FilesPickMp3() throws IOException {
        // A bare ID3 tag starts with "ID3", so mutagen.File picks MP3 and fails without audio, as mutagen does.
        assertThrows(HeaderNotFoundError.class, () -> File.open(TestFiles.corpus("id3v23_unsynch.id3")));
        assertThrows(HeaderNotFoundError.class, () -> File.open(TestFiles.corpus("id3v24_extended_header.id3")));
        // issue_21.id3 is followed by MPEG frames.
        FileType f = File.open(TestFiles.corpus("issue_21.id3")).orElseThrow();
        assertEquals(MP3.class, f.getClass());
        assertTrue(f.pprint().startsWith("MPEG 1 layer 3, 256000 bps (CBR?), 44100 Hz, 2 chn, 0.99 seconds"
                + " (audio/mp3)\nPRIV=AverageLevel=b'J\\x1c\\x00\\x00'"), f.pprint());
    }
}
