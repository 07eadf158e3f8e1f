// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.util.List;
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
    private static final byte[][] MAGIC = {
        MPEG.ID3,
        {(byte) 0xFF, (byte) 0xF2},
        {(byte) 0xFF, (byte) 0xF3},
        {(byte) 0xFF, (byte) 0xFA},
        {(byte) 0xFF, (byte) 0xFB},
    };
    private static final String[] EXTENSIONS = {".mp3", ".mp2", ".mpg", ".mpeg"};

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
        int score = 0;
        for (byte[] magic : MAGIC) {
            if (in.headerStartsWith(magic)) {
                score = 2;
                break;
            }
        }
        for (String ext : EXTENSIONS) {
            if (in.nameEndsWith(ext)) {
                score++;
            }
        }
        return score;
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
