// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import java.util.List;
import mutagen.FileType;
import mutagen.flac.FLAC;
import mutagen.flac.FLACProvider;
import mutagen.id3.ID3FileType;
import mutagen.id3.ID3FileTypeProvider;
import mutagen.mp3.MP3;
import mutagen.mp3.MP3Provider;
import mutagen.aiff.AIFF;
import mutagen.aiff.AIFFProvider;
import mutagen.aac.AAC;
import mutagen.aac.AACProvider;
import mutagen.ac3.AC3;
import mutagen.ac3.AC3Provider;
import mutagen.apev2.APEv2File;
import mutagen.apev2.APEv2FileProvider;
import mutagen.asf.ASF;
import mutagen.asf.ASFProvider;
import mutagen.dsdiff.DSDIFF;
import mutagen.dsdiff.DSDIFFProvider;
import mutagen.dsf.DSF;
import mutagen.dsf.DSFProvider;
import mutagen.monkeysaudio.MonkeysAudio;
import mutagen.monkeysaudio.MonkeysAudioProvider;
import mutagen.mp4.MP4Provider;
import mutagen.musepack.Musepack;
import mutagen.musepack.MusepackProvider;
import mutagen.oggflac.OggFLAC;
import mutagen.oggflac.OggFLACProvider;
import mutagen.oggopus.OggOpus;
import mutagen.oggopus.OggOpusProvider;
import mutagen.oggspeex.OggSpeex;
import mutagen.oggspeex.OggSpeexProvider;
import mutagen.oggtheora.OggTheora;
import mutagen.oggtheora.OggTheoraProvider;
import mutagen.oggvorbis.OggVorbis;
import mutagen.oggvorbis.OggVorbisProvider;
import mutagen.optimfrog.OptimFROG;
import mutagen.optimfrog.OptimFROGProvider;
import mutagen.tak.TAK;
import mutagen.trueaudio.TrueAudio;
import mutagen.trueaudio.TrueAudioProvider;
import mutagen.smf.SMF;
import mutagen.smf.SMFProvider;
import mutagen.wave.WAVE;
import mutagen.wave.WAVEProvider;
import mutagen.wavpack.WavPack;
import mutagen.wavpack.WavPackProvider;

/**
 * The formats under fuzzing, one row each: name, file class, provider, seed globs, what to touch, what to edit. A new
 * format adds its row here (with an inspector and an edit, in a class of its own beside {@link ID3Fuzz}), a target
 * class of five lines like {@link FLACFuzzTest}, and an empty regression folder; see docs/FUZZING.md.
 */
final class FuzzFormats {
    private FuzzFormats() {
    }

    /** MPEG audio with ID3v2/ID3v1 tags. */
    static final FuzzFormat MP3 = new FuzzFormat("mp3", MP3.class, new MP3Provider(),
            List.of("*.mp3", "*.id3"), ID3Fuzz::touch, ID3Fuzz.EDIT);
    /** A bare ID3 tag (mutagen's ID3FileType: any file that starts with one). */
    static final FuzzFormat ID3 = new FuzzFormat("id3", ID3FileType.class, new ID3FileTypeProvider(),
            List.of("*.id3", "*.mp3"), ID3Fuzz::touch, ID3Fuzz.EDIT);
    /** FLAC: every metadata block, comments, pictures, cue sheet, seek table. */
    static final FuzzFormat FLAC = new FuzzFormat("flac", FLAC.class, new FLACProvider(),
            List.of("*.flac", "*.oggflac"), FLACFuzz::touch, FLACFuzz.EDIT);

    /** Ogg Vorbis: pages, the comment packet (and the setup packet sharing its pages). */
    static final FuzzFormat OGGVORBIS = new FuzzFormat("oggvorbis", OggVorbis.class, new OggVorbisProvider(),
            List.of("*.ogg"), TagFuzz::none, TagFuzz.VORBIS);
    /** Ogg Opus. */
    static final FuzzFormat OGGOPUS = new FuzzFormat("oggopus", OggOpus.class, new OggOpusProvider(),
            List.of("*.opus"), TagFuzz::none, TagFuzz.VORBIS);
    /** Ogg Speex. */
    static final FuzzFormat OGGSPEEX = new FuzzFormat("oggspeex", OggSpeex.class, new OggSpeexProvider(),
            List.of("*.spx"), TagFuzz::none, TagFuzz.VORBIS);
    /** Ogg Theora. */
    static final FuzzFormat OGGTHEORA = new FuzzFormat("oggtheora", OggTheora.class, new OggTheoraProvider(),
            List.of("*.oggtheora"), TagFuzz::none, TagFuzz.VORBIS);
    /** Ogg FLAC: the FLAC header packet, the comment packet repaged from scratch. */
    static final FuzzFormat OGGFLAC = new FuzzFormat("oggflac", OggFLAC.class, new OggFLACProvider(),
            List.of("*.oggflac"), TagFuzz::none, TagFuzz.VORBIS);
    /** MP4: atoms, ilst, the offset tables a save shifts. */
    static final FuzzFormat MP4 = new FuzzFormat("mp4", mutagen.mp4.MP4.class, new MP4Provider(),
            List.of("*.m4a", "*.m4b", "*.mp4", "*.3g2"), TagFuzz::none, TagFuzz.MP4);
    /** WavPack (APEv2 tags). */
    static final FuzzFormat WAVPACK = new FuzzFormat("wavpack", WavPack.class, new WavPackProvider(),
            List.of("*.wv"), TagFuzz::none, TagFuzz.APEV2);
    /** Musepack (APEv2 tags). */
    static final FuzzFormat MUSEPACK = new FuzzFormat("musepack", Musepack.class, new MusepackProvider(),
            List.of("*.mpc"), TagFuzz::none, TagFuzz.APEV2);
    /** Monkey's Audio (APEv2 tags). */
    static final FuzzFormat MONKEYSAUDIO = new FuzzFormat("monkeysaudio", MonkeysAudio.class,
            new MonkeysAudioProvider(), List.of("*.ape"), TagFuzz::none, TagFuzz.APEV2);
    /** OptimFROG (APEv2 tags). */
    static final FuzzFormat OPTIMFROG = new FuzzFormat("optimfrog", OptimFROG.class, new OptimFROGProvider(),
            List.of("*.ofr", "*.ofs"), TagFuzz::none, TagFuzz.APEV2);
    /** TAK (APEv2 tags): LSB-first metadata blocks. */
    static final FuzzFormat TAK = new FuzzFormat("tak", TAK.class, TAKFuzz.PROVIDER,
            List.of("*.tak"), TagFuzz::none, TAKFuzz.EDIT);
    /** True Audio (ID3 tags). */
    static final FuzzFormat TRUEAUDIO = new FuzzFormat("trueaudio", TrueAudio.class, new TrueAudioProvider(),
            List.of("*.tta"), ID3Fuzz::touch, ID3Fuzz.EDIT);
    /** AAC (ADTS, ADIF): stream information only, no tags. */
    static final FuzzFormat AAC = new FuzzFormat("aac", AAC.class, new AACProvider(),
            List.of("*.aac", "*.adts", "*.adif"), TagFuzz::none, StreamFuzz.NO_TAGS);
    /** AC-3 and E-AC-3: stream information only, no tags. */
    static final FuzzFormat AC3 = new FuzzFormat("ac3", AC3.class, new AC3Provider(),
            List.of("*.ac3", "*.eac3"), TagFuzz::none, StreamFuzz.NO_TAGS);
    /** Standard MIDI Files: the tempo map of every track, no tags. */
    static final FuzzFormat SMF = new FuzzFormat("smf", SMF.class, new SMFProvider(),
            List.of("*.mid", "*.midi"), TagFuzz::none, StreamFuzz.NO_TAGS);
    /** A bare APEv2 tag (mutagen's APEv2File), read at every place mutagen looks. */
    static final FuzzFormat APEV2 = new FuzzFormat("apev2", APEv2File.class, new APEv2FileProvider(),
            List.of("*.apev2", "*apev2*.mp3"), TagFuzz::none, TagFuzz.APEV2);
    /** WAVE: RIFF chunks, ID3 in a chunk. */
    static final FuzzFormat WAVE = new FuzzFormat("wave", WAVE.class, new WAVEProvider(),
            List.of("*.wav"), ID3Fuzz::touch, ID3Fuzz.EDIT);
    /** AIFF and AIFF-C: IFF chunks, ID3 in a chunk. */
    static final FuzzFormat AIFF = new FuzzFormat("aiff", AIFF.class, new AIFFProvider(),
            List.of("*.aif", "*.aiff", "*.aifc"), ID3Fuzz::touch, ID3Fuzz.EDIT);
    /** DSF: ID3 at the metadata pointer. */
    static final FuzzFormat DSF = new FuzzFormat("dsf", DSF.class, new DSFProvider(),
            List.of("*.dsf"), ID3Fuzz::touch, ID3Fuzz.EDIT);
    /** DSDIFF: big-endian 64-bit chunks, ID3 in a chunk. */
    static final FuzzFormat DSDIFF = new FuzzFormat("dsdiff", DSDIFF.class, new DSDIFFProvider(),
            List.of("*.dff"), ID3Fuzz::touch, ID3Fuzz.EDIT);
    /** ASF: header objects, the four metadata objects, attributes of every type. */
    static final FuzzFormat ASF = new FuzzFormat("asf", ASF.class, new ASFProvider(),
            List.of("*.wma", "*.asf"), AsfFuzz::touch, AsfFuzz.EDIT);

    /**
     * The rows the generic target edits, most specific file class first (MP3 before ID3FileType, which it extends;
     * the APEv2-tagged formats before APEv2File). A format whose edit could write a file no reader finds again
     * declines it with its error (docs/FUZZING.md): the chunked formats (a chunk claiming bytes past the file's end),
     * MP4 (an edited atom tree that would not parse). TAK's edit needs to know where its metadata chain ended
     * ({@link TAKFuzz}), which only its own target's provider records: the generic target touches TAK files but
     * does not edit them.
     */
    static final List<FuzzFormat> ALL = List.of(MP3, TRUEAUDIO, FLAC, ID3, OGGVORBIS, OGGOPUS, OGGSPEEX, OGGTHEORA, OGGFLAC,
            WAVPACK, MUSEPACK, MONKEYSAUDIO, OPTIMFROG, TAK, APEV2, WAVE, AIFF, DSF, DSDIFF, MP4, ASF,
            AAC, AC3, SMF);

    /** The row of a file's class, or {@code null} for a format with no row yet. */
    static FuzzFormat rowOf(FileType f) {
        for (FuzzFormat row : ALL) {
            if (row.type().isInstance(f)) {
                return row;
            }
        }
        return null;
    }
}
