// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.File;
import mutagen.FileType;
import mutagen.common.CommonKey;
import mutagen.common.CommonTags;
import mutagen.common.Picture;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start, line for line (keep the two in step), run on a copy of a corpus FLAC. */
class ReadmeExampleTest {

    @Test
    void quickStartRuns(@TempDir Path dir) throws IOException {
        Path song = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.flac"), dir);
        byte[] jpegBytes = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

        FileType f = File.open(song).orElseThrow();
        System.out.println(f.info().properties().sampleRate());
        CommonTags tags = f.common();
        System.out.println(tags.title() + " " + tags.artists() + " " + tags.trackNumber());
        tags.setTitle("New title");
        tags.setArtists(List.of("Artist One", "Artist Two"));
        tags.setTrack(3, 12);
        tags.set(CommonKey.MUSICBRAINZ_RECORDING_ID, "b1a9c0e9-d987-4042-ae91-78d6a3267d69");
        tags.setPictures(List.of(Picture.frontCover(jpegBytes)));
        f.save();

        System.out.println(f.info().length());
        System.out.println(f.pprint());
        for (String key : f.keys()) {
            System.out.println(key + " = " + f.get(key));
        }
        f.put("title", java.util.List.of("New title"));
        f.save();

        FileType back = File.open(song).orElseThrow();
        assertEquals(List.of("New title"), back.get("title"));
        assertEquals(List.of("3"), back.get("tracknumber"));
        assertEquals(List.of("12"), back.get("tracktotal"));
        assertEquals(List.of(Picture.frontCover(jpegBytes)), back.common().pictures());
        assertEquals(44100, back.info().properties().sampleRate().orElseThrow());
    }
}
