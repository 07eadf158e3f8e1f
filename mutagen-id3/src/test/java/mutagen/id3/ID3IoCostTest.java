// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mutagen.testkit.CountingChannel;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading reads only the windows holding the tag and the last 131 bytes; a save that fits the old tag writes only the tag region. */
class ID3IoCostTest {
    @TempDir
    Path tmp;

    @Test
    void testLoadReadsOnlyTheTagAndTheEnd() throws Exception {
        Path p = TestFiles.corpus("silence-44-s.mp3");
        CountingChannel.Log log = new CountingChannel.Log();
        try (FileSource src = FileSource.open(p, false, ch -> new CountingChannel(ch, log))) {
            ID3 id3 = new ID3(src, ID3LoadOptions.defaults());
            assertEquals(8, id3.keys().size());
        }
        // The tag (10 header bytes + 1304 tag bytes) and the 131 bytes at the end for ID3v1 come through FileSource's
        // two 4 KiB read windows of a read-only file: two system reads, the middle of the file is never read.
        assertEquals(2, log.reads.size());
        assertEquals(2 * 4096, log.bytesRead());
        assertTrue(Files.size(p) > log.bytesRead() + 1000);
    }

    @Test
    void testSaveThatFitsWritesOnlyTheTag() throws Exception {
        Path p = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), tmp);
        ID3 id3 = new ID3(p);
        id3.add(new TIT3(Encoding.UTF8, List.of("fits in the padding")));
        long before = Files.size(p);
        CountingChannel.Log log = new CountingChannel.Log();
        try (FileSource target = FileSource.open(p, true, ch -> new CountingChannel(ch, log))) {
            id3.save(target, ID3SaveOptions.defaults());
            target.commit();
        }
        assertEquals(before, Files.size(p));
        // One channel: no temporary copy was made.
        assertEquals(1, log.opens);
        // The old 1314-byte tag region is rewritten in place; the ID3v1 tag holds no TIT3, so its identical bytes
        // are not rewritten.
        assertEquals(1314, log.bytesWritten());
        assertEquals("fits in the padding", new ID3(p).get("TIT3").str());
    }

    @Test
    void testSaveThatChangesTheV1TagWritesBothTagsInPlace() throws Exception {
        Path p = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), tmp);
        ID3 id3 = new ID3(p);
        id3.add(new TIT2(Encoding.UTF8, List.of("a new title")));
        long before = Files.size(p);
        CountingChannel.Log log = new CountingChannel.Log();
        try (FileSource target = FileSource.open(p, true, ch -> new CountingChannel(ch, log))) {
            id3.save(target, ID3SaveOptions.defaults());
            target.commit();
        }
        assertEquals(before, Files.size(p));
        assertEquals(1, log.opens);
        // The ID3v2 region and the 128-byte ID3v1 tag at the end, each written once in place.
        assertEquals(1314 + 128, log.bytesWritten());
        assertEquals("a new title", new ID3(p).get("TIT2").str());
        byte[] all = Files.readAllBytes(p);
        byte[] v1 = java.util.Arrays.copyOfRange(all, all.length - 128, all.length);
        assertEquals("a new title", ID3v1.parse(v1).get("TIT2").str());
    }
}
