// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fuzz targets of the formats added after MP3, ID3 and FLAC, one method each (target {@code wave} is
 * {@code FormatFuzzTest#wave}): the row of {@link FuzzFormats} opened from bytes, read through, edited, saved and
 * reopened. Regression inputs live in {@code FormatFuzzTestInputs/<target>/}.
 */
class FormatFuzzTest {
    static Stream<Arguments> oggvorbisSeeds() {
        return FuzzFormats.OGGVORBIS.seeds();
    }

    @MethodSource("oggvorbisSeeds")
    @FuzzTest
    void oggvorbis(byte[] data) {
        FuzzCheck.format(FuzzFormats.OGGVORBIS, data);
    }

    static Stream<Arguments> oggopusSeeds() {
        return FuzzFormats.OGGOPUS.seeds();
    }

    @MethodSource("oggopusSeeds")
    @FuzzTest
    void oggopus(byte[] data) {
        FuzzCheck.format(FuzzFormats.OGGOPUS, data);
    }

    static Stream<Arguments> oggspeexSeeds() {
        return FuzzFormats.OGGSPEEX.seeds();
    }

    @MethodSource("oggspeexSeeds")
    @FuzzTest
    void oggspeex(byte[] data) {
        FuzzCheck.format(FuzzFormats.OGGSPEEX, data);
    }

    static Stream<Arguments> oggflacSeeds() {
        return FuzzFormats.OGGFLAC.seeds();
    }

    @MethodSource("oggflacSeeds")
    @FuzzTest
    void oggflac(byte[] data) {
        FuzzCheck.format(FuzzFormats.OGGFLAC, data);
    }

    static Stream<Arguments> oggtheoraSeeds() {
        return FuzzFormats.OGGTHEORA.seeds();
    }

    @MethodSource("oggtheoraSeeds")
    @FuzzTest
    void oggtheora(byte[] data) {
        FuzzCheck.format(FuzzFormats.OGGTHEORA, data);
    }

    static Stream<Arguments> mp4Seeds() {
        return FuzzFormats.MP4.seeds();
    }

    @MethodSource("mp4Seeds")
    @FuzzTest
    void mp4(byte[] data) {
        FuzzCheck.format(FuzzFormats.MP4, data);
    }

    static Stream<Arguments> wavpackSeeds() {
        return FuzzFormats.WAVPACK.seeds();
    }

    @MethodSource("wavpackSeeds")
    @FuzzTest
    void wavpack(byte[] data) {
        FuzzCheck.format(FuzzFormats.WAVPACK, data);
    }

    static Stream<Arguments> musepackSeeds() {
        return FuzzFormats.MUSEPACK.seeds();
    }

    @MethodSource("musepackSeeds")
    @FuzzTest
    void musepack(byte[] data) {
        FuzzCheck.format(FuzzFormats.MUSEPACK, data);
    }

    static Stream<Arguments> monkeysaudioSeeds() {
        return FuzzFormats.MONKEYSAUDIO.seeds();
    }

    @MethodSource("monkeysaudioSeeds")
    @FuzzTest
    void monkeysaudio(byte[] data) {
        FuzzCheck.format(FuzzFormats.MONKEYSAUDIO, data);
    }

    static Stream<Arguments> optimfrogSeeds() {
        return FuzzFormats.OPTIMFROG.seeds();
    }

    @MethodSource("optimfrogSeeds")
    @FuzzTest
    void optimfrog(byte[] data) {
        FuzzCheck.format(FuzzFormats.OPTIMFROG, data);
    }

    static Stream<Arguments> takSeeds() {
        return FuzzFormats.TAK.seeds();
    }

    @MethodSource("takSeeds")
    @FuzzTest
    void tak(byte[] data) {
        FuzzCheck.format(FuzzFormats.TAK, data);
    }

    static Stream<Arguments> trueaudioSeeds() {
        return FuzzFormats.TRUEAUDIO.seeds();
    }

    @MethodSource("trueaudioSeeds")
    @FuzzTest
    void trueaudio(byte[] data) {
        FuzzCheck.format(FuzzFormats.TRUEAUDIO, data);
    }

    static Stream<Arguments> aacSeeds() {
        return FuzzFormats.AAC.seeds();
    }

    @MethodSource("aacSeeds")
    @FuzzTest
    void aac(byte[] data) {
        FuzzCheck.format(FuzzFormats.AAC, data);
    }

    static Stream<Arguments> ac3Seeds() {
        return FuzzFormats.AC3.seeds();
    }

    @MethodSource("ac3Seeds")
    @FuzzTest
    void ac3(byte[] data) {
        FuzzCheck.format(FuzzFormats.AC3, data);
    }

    static Stream<Arguments> smfSeeds() {
        return FuzzFormats.SMF.seeds();
    }

    @MethodSource("smfSeeds")
    @FuzzTest
    void smf(byte[] data) {
        FuzzCheck.format(FuzzFormats.SMF, data);
    }

    static Stream<Arguments> apev2Seeds() {
        return FuzzFormats.APEV2.seeds();
    }

    @MethodSource("apev2Seeds")
    @FuzzTest
    void apev2(byte[] data) {
        FuzzCheck.format(FuzzFormats.APEV2, data);
    }

    static Stream<Arguments> waveSeeds() {
        return FuzzFormats.WAVE.seeds();
    }

    @MethodSource("waveSeeds")
    @FuzzTest
    void wave(byte[] data) {
        FuzzCheck.format(FuzzFormats.WAVE, data);
    }

    static Stream<Arguments> aiffSeeds() {
        return FuzzFormats.AIFF.seeds();
    }

    @MethodSource("aiffSeeds")
    @FuzzTest
    void aiff(byte[] data) {
        FuzzCheck.format(FuzzFormats.AIFF, data);
    }

    static Stream<Arguments> dsfSeeds() {
        return FuzzFormats.DSF.seeds();
    }

    @MethodSource("dsfSeeds")
    @FuzzTest
    void dsf(byte[] data) {
        FuzzCheck.format(FuzzFormats.DSF, data);
    }

    static Stream<Arguments> dsdiffSeeds() {
        return FuzzFormats.DSDIFF.seeds();
    }

    @MethodSource("dsdiffSeeds")
    @FuzzTest
    void dsdiff(byte[] data) {
        FuzzCheck.format(FuzzFormats.DSDIFF, data);
    }

    static Stream<Arguments> asfSeeds() {
        return FuzzFormats.ASF.seeds();
    }

    @MethodSource("asfSeeds")
    @FuzzTest
    void asf(byte[] data) {
        FuzzCheck.format(FuzzFormats.ASF, data);
    }
}
