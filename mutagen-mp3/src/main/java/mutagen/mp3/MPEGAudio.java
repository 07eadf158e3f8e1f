// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.util.List;
import mutagen.spi.Clues;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * What an MP3 file type needs from the MPEG audio stream: mutagen's {@code MP3.score}, the layer-dependent
 * {@code MP3.mime} list and the stream information read from where the audio starts.
 *
 * <p>The {@code MP3} and {@code EasyMP3} classes (subclasses of {@code mutagen.id3.ID3FileType}) delegate to these
 * methods; see the package documentation.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class MPEGAudio {
    /**
     * mutagen's {@code MP3.score} as clues: 2 for {@code ID3} or an MPEG 1/2 layer III sync (the five magics exclude
     * each other, so at most one counts), 1 for each extension the lower-cased name ends with.
     */
    static final Clues CLUES = Clues.upTo(0).magic(0, MPEG.ID3, 2).magic(0, new byte[] {(byte) 0xFF, (byte) 0xF2}, 2)
            .magic(0, new byte[] {(byte) 0xFF, (byte) 0xF3}, 2).magic(0, new byte[] {(byte) 0xFF, (byte) 0xFA}, 2)
            .magic(0, new byte[] {(byte) 0xFF, (byte) 0xFB}, 2).suffix(".mp3", 1).suffix(".mp2", 1)
            .suffix(".mpg", 1).suffix(".mpeg", 1);

    private MPEGAudio() {
    }

    /**
     * {@return mutagen's {@code MP3.score}: 2 when the header starts with {@code ID3} or an MPEG 1/2 layer III sync
     * ({@code FF F2}, {@code FF F3}, {@code FF FA}, {@code FF FB}), plus 1 for each of the extensions {@code .mp3},
     * {@code .mp2}, {@code .mpg}, {@code .mpeg} the lower-cased name ends with}
     *
     * @param in the input
     */
    public static int score(ProbeInput in) {
        return CLUES.matched(in);
    }

    /**
     * {@return mutagen's {@code MP3.mime} for a stream of the given layer: {@code audio/mp{layer}}, {@code
     * audio/x-mp{layer}}, {@code audio/mpeg}, {@code audio/mpg}, {@code audio/x-mpeg}, {@code
     * application/octet-stream}}
     *
     * @param layer the layer
     */
    public static List<String> mime(int layer) {
        return List.of("audio/mp" + layer, "audio/x-mp" + layer, "audio/mpeg", "audio/mpg", "audio/x-mpeg",
                "application/octet-stream");
    }

    /**
     * The stream information of the audio that starts at {@code audioStart} (the ID3v2 tag size, or 0 without a
     * tag); mutagen's {@code MPEGInfo(fileobj, offset)}. Further ID3v2 tags stacked there are skipped.
     *
     * @param source the file to read (or to edit in place)
     * @param audioStart the audio start
     * @return the stream information of the audio that starts at {@code audioStart} (the ID3v2 tag size, or 0 without a
     *     tag); mutagen's {@code MPEGInfo(fileobj, offset)}
     * @throws HeaderNotFoundError when no MPEG frame is found
     * @throws MP3Error when reading fails
     */
    public static MPEGInfo readInfo(FileSource source, long audioStart) throws MP3Error {
        return new MPEGInfo(source, audioStart);
    }
}
