// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of mutagen's corpus read as MPEG audio, compared with what mutagen 1.48.1 gives: {@code info.pprint()}
 * and every attribute for the .mp3 files from {@code MP3(file).info}, for the other files from
 * {@code MPEGInfo(fileobj, id3_size)} (the same offset MP3 passes), or the error mutagen raises.
 */
class MPEGInfoCorpusTest {

    /** One file's expected result; {@code error} is null when mutagen reads it. */
    record Expected(String name, String error, String pprint, double length, int channels, long bitrate,
            int sampleRate, String encoderInfo, String encoderSettings, int bitrateMode, Double trackGain,
            Double trackPeak, Double albumGain, double version, int layer, int mode, boolean isProtected,
            boolean padding, boolean sketchy, long frameOffset) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Expected row(String name, String pprint, double length, int channels, long bitrate,
            int sampleRate, String encoderInfo, String encoderSettings, int bitrateMode, Double trackGain,
            Double trackPeak, Double albumGain, double version, int layer, int mode, boolean isProtected,
            boolean padding, boolean sketchy, long frameOffset) {
        return new Expected(name, null, pprint, length, channels, bitrate, sampleRate, encoderInfo,
                encoderSettings, bitrateMode, trackGain, trackPeak, albumGain, version, layer, mode, isProtected,
                padding, sketchy, frameOffset);
    }

    private static Expected error(String name, String message) {
        return new Expected(name, message, null, 0, 0, 0, 0, null, null, 0, null, null, null, 0, 0, 0, false,
                false, false, 0);
    }

    // Generated with mutagen 1.48.1 (see the class comment).
    static final List<Expected> EXPECTED = List.of(
            error("106-invalid-streaminfo.flac", "can't sync to MPEG frame"),
            error("106-short-picture-block-size.flac", "can't sync to MPEG frame"),
            error("11k-1ch-2s-silence.aif", "can't sync to MPEG frame"),
            error("145-invalid-item-count.apev2", "can't sync to MPEG frame"),
            error("2822400-1ch-0s-silence.dff", "can't sync to MPEG frame"),
            error("2822400-1ch-0s-silence.dsf", "can't sync to MPEG frame"),
            error("48k-2ch-s16-silence.aif", "can't sync to MPEG frame"),
            error("52-overwritten-metadata.flac", "can't sync to MPEG frame"),
            error("52-too-short-block-size.flac", "can't sync to MPEG frame"),
            error("5644800-2ch-s01-silence-dst.dff", "can't sync to MPEG frame"),
            error("5644800-2ch-s01-silence.dff", "can't sync to MPEG frame"),
            error("5644800-2ch-s01-silence.dsf", "can't sync to MPEG frame"),
            error("64bit.mp4", "can't sync to MPEG frame"),
            error("8k-1ch-1s-silence.aif", "can't sync to MPEG frame"),
            error("8k-1ch-3.5s-silence.aif", "can't sync to MPEG frame"),
            error("8k-4ch-1s-silence.aif", "can't sync to MPEG frame"),
            row("97-unknown-23-update.mp3", "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.77 seconds",
                    3.7675, 2, 32000, 44100, "", "", 0, null, null, null, 1.0, 3, 1, false, false, false, 1314),
            error("adif.aac", "can't sync to MPEG frame"),
            error("alac.m4a", "can't sync to MPEG frame"),
            error("almostempty.mpc", "can't sync to MPEG frame"),
            row("apev2-lyricsv2.mp3", "MPEG 1 layer 3, 192000 bps (CBR, LAME 3.93.0+, -b 192), 44100 Hz, 2 chn, 210.92 seconds",
                    210.91895691609977, 2, 192000, 44100, "LAME 3.93.0+", "-b 192", 1, null, null, null, 1.0, 3, 1, true, false, false, 1280),
            row("audacious-trailing-id32-apev2.mp3", "MPEG 2 layer 3, 16800 bps (ABR, LAME 3.99.1+, --preset 16), 16000 Hz, 1 chn, 1.01 seconds",
                    1.0069375, 1, 16800, 16000, "LAME 3.99.1+", "--preset 16", 3, 0.5, null, null, 2.0, 3, 3, false, false, false, 0),
            row("audacious-trailing-id32-id31.mp3", "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.82 seconds",
                    3.818, 2, 32000, 44100, "", "", 0, null, null, null, 1.0, 3, 1, false, false, false, 0),
            row("bad-POPM-frame.mp3", "MPEG 1 layer 3, 127698 bps (VBR, LAME 3.92.0+, -V 4), 44100 Hz, 2 chn, 188.83 seconds",
                    188.82526077097506, 2, 127698, 44100, "LAME 3.92.0+", "-V 4", 2, null, null, null, 1.0, 3, 0, false, false, false, 1562),
            row("bad-TYER-frame.mp3", "MPEG 1 layer 3, 320000 bps (CBR?), 44100 Hz, 2 chn, 0.94 seconds",
                    0.943625, 2, 320000, 44100, "", "", 0, null, null, null, 1.0, 3, 1, false, true, false, 1167),
            row("bad-xing.mp3", "MPEG 1 layer 3, 48000 bps (VBR), 44100 Hz, 2 chn, 0.00 seconds",
                    0.0, 2, 48000, 44100, "", "", 2, null, null, null, 1.0, 3, 1, false, false, false, 1582),
            error("brokentag.apev2", "can't sync to MPEG frame"),
            error("click.mpc", "can't sync to MPEG frame"),
            error("covr-with-name.m4a", "can't sync to MPEG frame"),
            error("dsd.wv", "can't sync to MPEG frame"),
            error("empty.aac", "can't sync to MPEG frame"),
            error("empty.ofr", "can't sync to MPEG frame"),
            error("empty.ofs", "can't sync to MPEG frame"),
            error("empty.ogg", "can't sync to MPEG frame"),
            row("empty.oggflac", "MPEG 1 layer 1, 448000 bps (CBR?), 48000 Hz, 1 chn, 0.84 seconds (sketchy)",
                    0.84225, 1, 448000, 48000, "", "", 0, null, null, null, 1.0, 1, 3, false, true, true, 4594),
            row("empty.spx", "MPEG 1 layer 1, 256000 bps (CBR?), 44100 Hz, 2 chn, 0.72 seconds (sketchy)",
                    0.7155, 2, 256000, 44100, "", "", 0, null, null, null, 1.0, 1, 0, false, false, true, 1405),
            error("empty.tta", "can't sync to MPEG frame"),
            error("emptyfile.mp3", "can't sync to MPEG frame"),
            error("ep7.m4b", "can't sync to MPEG frame"),
            error("ep9.m4b", "can't sync to MPEG frame"),
            error("example.opus", "can't sync to MPEG frame"),
            error("flac_application.flac", "can't sync to MPEG frame"),
            error("has-tags.m4a", "can't sync to MPEG frame"),
            error("has-tags.tak", "can't sync to MPEG frame"),
            row("id3v1v2-combined.mp3", "MPEG 1 layer 3, 160000 bps (CBR?), 44100 Hz, 2 chn, 0.15 seconds",
                    0.15115, 2, 160000, 44100, "", "", 0, null, null, null, 1.0, 3, 1, false, false, false, 2225),
            row("id3v22-test.mp3", "MPEG 1 layer 3, 160000 bps (CBR?), 44100 Hz, 2 chn, 0.14 seconds",
                    0.14475, 2, 160000, 44100, "", "", 0, null, null, null, 1.0, 3, 1, false, false, false, 2225),
            error("id3v23_unsynch.id3", "can't sync to MPEG frame"),
            error("id3v24_extended_header.id3", "can't sync to MPEG frame"),
            error("image.jpg", "can't sync to MPEG frame"),
            row("issue_21.id3", "MPEG 1 layer 3, 256000 bps (CBR?), 44100 Hz, 2 chn, 0.99 seconds",
                    0.98990625, 2, 256000, 44100, "", "", 0, null, null, null, 1.0, 3, 1, false, false, false, 1091),
            error("issue_29.wma", "can't sync to MPEG frame"),
            row("lame-peak.mp3", "MPEG 1 layer 3, 127936 bps (CBR, LAME 3.99.1+, -b 128), 44100 Hz, 2 chn, 0.06 seconds",
                    0.061609977324263036, 2, 127936, 44100, "LAME 3.99.1+", "-b 128", 1, 6.8, 0.21856749057769775, null, 1.0, 3, 1, false, false, false, 0),
            row("lame.mp3", "MPEG 1 layer 3, 127783 bps (VBR, LAME 3.99.1+, -V 2), 44100 Hz, 2 chn, 0.06 seconds",
                    0.061609977324263036, 2, 127783, 44100, "LAME 3.99.1+", "-V 2", 2, 6.0, null, null, 1.0, 3, 1, false, false, false, 0),
            row("lame397v9short.mp3", "MPEG 2 layer 3, 40000 bps (VBR, LAME 3.97.0, -V 9), 24000 Hz, 2 chn, 0.00 seconds",
                    0.0, 2, 40000, 24000, "LAME 3.97.0", "-V 9", 2, 14.4, null, null, 2.0, 3, 1, false, false, false, 0),
            error("mac-390-hdr.ape", "can't sync to MPEG frame"),
            error("mac-396.ape", "can't sync to MPEG frame"),
            error("mac-399.ape", "can't sync to MPEG frame"),
            error("multipage-setup.ogg", "can't sync to MPEG frame"),
            error("multipagecomment.ogg", "can't sync to MPEG frame"),
            row("multiplexed.spx", "MPEG 1 layer 1, 256000 bps (CBR?), 44100 Hz, 2 chn, 0.72 seconds (sketchy)",
                    0.7155, 2, 256000, 44100, "", "", 0, null, null, null, 1.0, 1, 0, false, false, true, 1454),
            error("nero-chapters.m4b", "can't sync to MPEG frame"),
            error("no-tags.3g2", "can't sync to MPEG frame"),
            error("no-tags.flac", "can't sync to MPEG frame"),
            error("no-tags.m4a", "can't sync to MPEG frame"),
            row("no-tags.mp3", "MPEG 1 layer 3, 159786 bps (ABR, LAME 3.100.0+, --preset 128), 44100 Hz, 2 chn, 0.06 seconds",
                    0.05521541950113379, 2, 159786, 44100, "LAME 3.100.0+", "--preset 128", 3, null, null, null, 1.0, 3, 1, false, false, false, 0),
            error("no_length.wv", "can't sync to MPEG frame"),
            error("oldtag.apev2", "can't sync to MPEG frame"),
            error("ooming-header.flac", "can't sync to MPEG frame"),
            error("sample.mid", "can't sync to MPEG frame"),
            error("sample.oggtheora", "can't sync to MPEG frame"),
            error("sample_bitrate.oggtheora", "can't sync to MPEG frame"),
            error("sample_length.oggtheora", "can't sync to MPEG frame"),
            error("silence-1.wma", "can't sync to MPEG frame"),
            error("silence-2.wma", "can't sync to MPEG frame"),
            error("silence-2s-44100-16.ofr", "can't sync to MPEG frame"),
            error("silence-2s-44100-16.ofs", "can't sync to MPEG frame"),
            error("silence-2s-PCM-16000-08-ID3v23.wav", "can't sync to MPEG frame"),
            error("silence-2s-PCM-16000-08-notags.wav", "can't sync to MPEG frame"),
            error("silence-2s-PCM-44100-16-ID3v23.wav", "can't sync to MPEG frame"),
            error("silence-3.wma", "can't sync to MPEG frame"),
            row("silence-44-s-mpeg2.mp3", "MPEG 2 layer 3, 17783 bps (VBR, LAME 3.98.1+, -V 9 --vbr-old), 24000 Hz, 2 chn, 3.68 seconds",
                    3.6847083333333335, 2, 17783, 24000, "LAME 3.98.1+", "-V 9 --vbr-old", 2, 51.0, null, null, 2.0, 3, 1, false, false, false, 0),
            row("silence-44-s-mpeg25.mp3", "MPEG 2.5 layer 3, 8900 bps (VBR, LAME 3.98.1+, -V 9 --vbr-old), 12000 Hz, 2 chn, 3.68 seconds",
                    3.68475, 2, 8900, 12000, "LAME 3.98.1+", "-V 9 --vbr-old", 2, 51.0, null, null, 2.5, 3, 1, false, false, false, 0),
            row("silence-44-s-v1.mp3", "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.77 seconds",
                    3.7675, 2, 32000, 44100, "", "", 0, null, null, null, 1.0, 3, 1, false, false, false, 0),
            error("silence-44-s.ac3", "can't sync to MPEG frame"),
            error("silence-44-s.eac3", "can't sync to MPEG frame"),
            row("silence-44-s.flac", "MPEG 1 layer 1, 448000 bps (CBR?), 48000 Hz, 1 chn, 0.83 seconds (sketchy)",
                    0.8329107142857143, 1, 448000, 48000, "", "", 0, null, null, null, 1.0, 1, 3, false, true, true, 4261),
            row("silence-44-s.mp3", "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.77 seconds",
                    3.7675, 2, 32000, 44100, "", "", 0, null, null, null, 1.0, 3, 1, false, false, false, 1314),
            error("silence-44-s.tak", "can't sync to MPEG frame"),
            error("silence-44-s.wv", "can't sync to MPEG frame"),
            error("sv4_header.mpc", "can't sync to MPEG frame"),
            error("sv5_header.mpc", "can't sync to MPEG frame"),
            error("sv8_header.mpc", "can't sync to MPEG frame"),
            error("too-short.mp3", "can't sync to MPEG frame"),
            error("truncated-64bit.mp4", "can't sync to MPEG frame"),
            row("variable-block.flac", "MPEG 2 layer 3, 80000 bps (CBR?), 22050 Hz, 2 chn, 0.07 seconds (sketchy)",
                    0.074, 2, 80000, 22050, "", "", 0, null, null, null, 2.0, 3, 0, false, true, true, 9500),
            row("vbri.mp3", "MPEG 1 layer 3, 233260 bps (VBR, FhG), 44100 Hz, 2 chn, 222.20 seconds",
                    222.19755102040816, 2, 233260, 44100, "FhG", "", 2, null, null, null, 1.0, 3, 0, false, false, false, 1007),
            error("with-id3.aif", "can't sync to MPEG frame"),
            error("with-id3.dsf", "can't sync to MPEG frame"),
            error("without-id3.dsf", "can't sync to MPEG frame"),
            row("xing.mp3", "MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 2.05 seconds",
                    2.052, 2, 32000, 44100, "", "", 0, null, null, null, 1.0, 3, 1, false, false, false, 0)
    );

    static Stream<Expected> expected() {
        return EXPECTED.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void testCorpusFile(Expected e) throws IOException {
        Path path = TestFiles.corpus(e.name());
        if (e.error() != null) {
            HeaderNotFoundError err = assertThrows(HeaderNotFoundError.class, () -> Mp3Files.info(path));
            assertEquals(e.error(), err.getMessage());
        } else {
            assertReads(e, Mp3Files.info(path));
        }
    }

    private static void assertReads(Expected e, MPEGInfo info) {
        assertEquals(e.pprint(), info.pprint());
        assertEquals(e.length(), info.length());
        assertEquals(e.channels(), info.channels());
        assertEquals(e.bitrate(), info.bitrate());
        assertEquals(e.sampleRate(), info.sampleRate());
        assertEquals(e.encoderInfo(), info.encoderInfo());
        assertEquals(e.encoderSettings(), info.encoderSettings());
        assertEquals(e.bitrateMode(), info.bitrateMode().value());
        assertEquals(e.trackGain(), info.trackGain());
        assertEquals(e.trackPeak(), info.trackPeak());
        assertEquals(e.albumGain(), info.albumGain());
        assertEquals(null, info.albumPeak());
        assertEquals(e.version(), info.version());
        assertEquals(e.layer(), info.layer());
        assertEquals(e.mode(), info.mode());
        assertEquals(e.isProtected(), info.isProtected());
        assertEquals(e.padding(), info.padding());
        assertEquals(e.sketchy(), info.sketchy());
        assertEquals(e.frameOffset(), info.frameOffset());

        Map<String, Object> a = info.attributes();
        assertEquals(List.of("length", "channels", "bitrate", "sample_rate", "encoder_info", "encoder_settings",
                "bitrate_mode", "track_gain", "track_peak", "album_gain", "album_peak", "version", "layer", "mode",
                "protected", "padding", "sketchy", "frame_offset"), List.copyOf(a.keySet()));
        assertEquals(e.length(), a.get("length"));
        assertEquals(e.bitrateMode(), a.get("bitrate_mode"));
        assertEquals(e.version() == 2.5 ? (Object) 2.5 : (Object) (int) e.version(), a.get("version"));
        assertEquals(e.isProtected(), a.get("protected"));
        assertEquals(String.valueOf(e.bitrate()), String.valueOf(a.get("bitrate")));
        assertEquals(String.valueOf(e.frameOffset()), String.valueOf(a.get("frame_offset")));
        assertEquals(e.trackGain(), a.get("track_gain"));
    }

    @Test
    void testEveryCorpusFileIsListed() {
        Set<String> listed = EXPECTED.stream().map(Expected::name).collect(Collectors.toSet());
        List<String> missing = TestFiles.allCorpusFiles().stream().map(p -> p.getFileName().toString())
                .filter(n -> !n.equals("fetch.sh") && !listed.contains(n)).collect(Collectors.toList());
        assertTrue(missing.isEmpty(), "corpus files without an expected result: " + missing);
    }
}
