// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mutagen.testkit.TestFiles;
import mutagen.testkit.CountingChannel;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What loading and saving touch: one open, no audio read beyond a read-ahead, in-place writes when it fits. */
class FLACIoTest {
    @TempDir
    Path tmp;

    private static long audioStart(Path p) throws IOException {
        try (FileSource src = FileSource.open(p)) {
            ByteReader in = FLACParser.reader(src);
            FLACParser.checkHeader(in, "");
            return FLACParser.findAudioOffset(in);
        }
    }

    @Test
    void loadOpensOnceAndReadsNoAudio() throws IOException {
        Path p = TestFiles.corpus("silence-44-s.flac");
        long audio = audioStart(p);
        CountingChannel.Log log = new CountingChannel.Log();
        try (FileSource src = FileSource.open(p, false, ch -> new CountingChannel(ch, log))) {
            FLAC f = new FLAC(src);
            assertEquals(101430, f.info().bitrate());
        }
        assertEquals(1, log.opens);
        // at most one read-ahead window (Python's buffered reader reads 8 KiB too) past the metadata
        assertTrue(log.maxReadEnd() <= audio + 8192, "read up to " + log.maxReadEnd() + ", audio at " + audio);
    }

    @Test
    void saveThatFitsWritesOnlyTheMetadataInPlace() throws IOException {
        Path p = FlacTestSupport.copy("silence-44-s.flac", tmp);
        long audio = audioStart(p);
        byte[] before = Files.readAllBytes(p);
        FLAC f = new FLAC(p);
        f.put("title", "a new title that fits the padding");
        CountingChannel.Log log = new CountingChannel.Log();
        try (FileSource src = FileSource.open(p, true, ch -> new CountingChannel(ch, log))) {
            f.save(src, false, null);
        }
        assertEquals(1, log.opens);
        for (long[] w : log.writes) {
            assertTrue(w[1] <= audio, "write " + w[0] + ".." + w[1] + " beyond the metadata at " + audio);
        }
        byte[] after = Files.readAllBytes(p);
        assertEquals(before.length, after.length);
        assertEquals(java.nio.ByteBuffer.wrap(before, (int) audio, before.length - (int) audio),
                java.nio.ByteBuffer.wrap(after, (int) audio, after.length - (int) audio));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void saveThatOutgrowsMovesTheAudioInPlace() throws IOException {
        Path p = FlacTestSupport.copy("silence-44-s.flac", tmp);
        Object inode = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        long audio = audioStart(p);
        byte[] before = Files.readAllBytes(p);
        FLAC f = new FLAC(p);
        f.put("big", "x".repeat(100_000));
        CountingChannel.Log log = new CountingChannel.Log();
        try (FileSource src = FileSource.open(p, true, ch -> new CountingChannel(ch, log))) {
            f.save(src, false, null);
        }
        assertEquals(1, log.opens, "the file itself is edited, no copy");
        assertEquals(inode, Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        byte[] after = Files.readAllBytes(p);
        long newAudio = audioStart(p);
        // What moved is the audio (read once, written once at its new place) and the metadata written once.
        long extra = log.bytesRead() - (before.length - audio);
        assertTrue(extra >= 0 && extra <= 8192, "the audio is read once, plus the writer's two 4 KiB windows: " + extra);
        assertEquals(after.length + (after.length - before.length), log.bytesWritten(),
                "every byte is written once, and the growth claimed (as zeros) before anything moves");
        assertEquals(before.length - audio, after.length - newAudio);
        assertEquals(java.nio.ByteBuffer.wrap(before, (int) audio, before.length - (int) audio),
                java.nio.ByteBuffer.wrap(after, (int) newAudio, after.length - (int) newAudio));
        assertEquals(List.of("x".repeat(100_000)), new FLAC(p).get("big"));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void saveTakesTheBaseOptionsAndFLACsOwn() throws IOException {
        Path a = FlacTestSupport.copy("silence-44-s.flac", tmp);
        FLAC f = new FLAC(a);
        f.put("title", "x");
        // The base options' padding reaches the writer: no padding bytes are left.
        f.save(a, mutagen.SaveOptions.defaults().withPadding(info -> 0)
                .withMode(mutagen.util.SaveMode.DIRECT));
        assertEquals(0, new FLAC(a).metadataBlocks().stream().filter(b -> b instanceof Padding)
                .mapToLong(b -> ((Padding) b).length()).sum());
        FLACSaveOptions own = FLACSaveOptions.defaults().withDeleteId3(true).withPadding(info -> 100);
        assertEquals(own, FLACSaveOptions.of(own));
        assertTrue(FLACSaveOptions.of(own.withMode(mutagen.util.SaveMode.DURABLE)).deleteId3());
        f.save(a, own.withMode(mutagen.util.SaveMode.DURABLE));
        assertEquals(List.of("x"), new FLAC(a).get("title"));
    }

    @Test
    void failedSaveLeavesTheFileUntouched() throws IOException {
        Path p = FlacTestSupport.copy("silence-44-s.flac", tmp);
        byte[] before = Files.readAllBytes(p);
        FLAC f = new FLAC(p);
        Picture huge = new Picture();
        huge.data(new byte[1 << 24]);
        f.addPicture(huge);
        f.put("title", "changed");
        org.junit.jupiter.api.Assertions.assertThrows(FLACError.class, f::save);
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(p));
    }
}
