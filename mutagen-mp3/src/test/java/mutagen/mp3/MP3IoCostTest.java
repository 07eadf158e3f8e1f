// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import mutagen.id3.ID3;
import mutagen.id3.ID3v1;
import mutagen.id3.TextFrame;
import mutagen.testkit.CountingChannel;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a small edit to an MP3 whose ID3v2 tag has room costs the tag's bytes only. */
class MP3IoCostTest {
    @TempDir
    Path tmp;

    @Test
    void testOneFieldEditWritesOnlyTheTag() throws IOException {
        // silence-44-s.mp3 without its ID3v1 tag: a 1314-byte ID3v2.3 tag (1142 bytes of padding), then the audio.
        Path p = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), tmp);
        MP3.deleteFrom(p, true, false);
        long size = Files.size(p);
        assertEquals(16384 - 128, size);
        byte[] audioBefore = Arrays.copyOfRange(Files.readAllBytes(p), 1314, (int) size);

        MP3 f = new MP3(p);
        assertEquals(1314, f.id3().size());
        ((TextFrame) f.get("TIT2")).setText("a new title");
        CountingChannel.Log log = new CountingChannel.Log();
        try (FileSource target = FileSource.open(p, true, ch -> new CountingChannel(ch, log))) {
            f.save(target);
        }

        // One channel (no temporary copy), one write: the 1314 bytes of the tag, rewritten in place.
        assertEquals(1, log.opens);
        assertEquals(1314, log.bytesWritten());
        assertEquals(1, log.writes.size());
        assertEquals(size, Files.size(p));
        byte[] after = Files.readAllBytes(p);
        assertArrayEquals(audioBefore, Arrays.copyOfRange(after, 1314, after.length));
        assertNull(ID3v1.find(FileSource.of(after, ""), 4, null));
        MP3 reloaded = new MP3(p);
        assertEquals("a new title", ((TextFrame) reloaded.get("TIT2")).str());
        assertEquals(1314, reloaded.id3().size());
        assertEquals(new ID3(p).frames(), reloaded.id3().frames());
    }

    @Test
    void testEditOfALargeFileWithID3v1WritesBothTagsInPlace() throws IOException {
        // silence-44-s.mp3's ID3v2 tag and frames, 5 MB of repeated audio, then its ID3v1 tag: the two tags are far
        // apart, and a title change touches both.
        byte[] original = Files.readAllBytes(TestFiles.corpus("silence-44-s.mp3"));
        byte[] audio = Arrays.copyOfRange(original, 1314, original.length - 128);
        Path p = tmp.resolve("large.mp3");
        try (java.io.OutputStream out = Files.newOutputStream(p)) {
            out.write(original, 0, 1314);
            for (long n = 0; n < 5_000_000; n += audio.length) {
                out.write(audio);
            }
            out.write(original, original.length - 128, 128);
        }
        long size = Files.size(p);
        MP3 f = new MP3(p);
        ((TextFrame) f.get("TIT2")).setText("a new title");
        CountingChannel.Log log = new CountingChannel.Log();
        try (FileSource target = FileSource.open(p, true, ch -> new CountingChannel(ch, log))) {
            f.save(target);
        }
        assertEquals(1, log.opens, "no temporary copy");
        assertEquals(1314 + 128, log.bytesWritten(), "the ID3v2 region and the ID3v1 tag, nothing else");
        assertEquals(size, Files.size(p));
        byte[] after = Files.readAllBytes(p);
        assertEquals("a new title", ID3v1.parse(Arrays.copyOfRange(after, after.length - 128, after.length))
                .get("TIT2").str());
        assertEquals("a new title", ((TextFrame) new MP3(p).get("TIT2")).str());
    }
}
