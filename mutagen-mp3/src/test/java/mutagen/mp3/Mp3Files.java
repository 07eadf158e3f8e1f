// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

/** Test helpers: where the audio of a corpus file starts, and its stream information. */
final class Mp3Files {
    private Mp3Files() {
    }

    /**
     * The offset mutagen's MP3 passes to MPEGInfo: the ID3v2 tag's size (10 + syncsafe size) when the file starts
     * with one, else 0. Further stacked tags are left to the search.
     */
    static long audioStart(byte[] data) {
        if (data.length >= 10 && data[0] == 'I' && data[1] == 'D' && data[2] == '3') {
            long size = 0;
            for (int i = 6; i < 10; i++) {
                size = (size << 7) | (data[i] & 0x7F);
            }
            return 10 + size;
        }
        return 0;
    }

    /** The stream information of a file as MP3(file).info gives it. */
    static MPEGInfo info(Path path) throws IOException {
        byte[] data = TestFiles.bytes(path);
        try (FileSource source = FileSource.open(path)) {
            return MPEGAudio.readInfo(source, audioStart(data));
        }
    }

    /** The stream information of a corpus file. */
    static MPEGInfo corpusInfo(String name) throws IOException {
        return info(TestFiles.corpus(name));
    }

    /** The stream information of bytes, read from the start (MPEGInfo(BytesIO(data))). */
    static MPEGInfo info(byte[] data) throws IOException {
        try (FileSource source = FileSource.of(data, "")) {
            return new MPEGInfo(source);
        }
    }
}
