// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.SaveOptions;
import mutagen.testkit.CountingChannel;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's large-file case: a 2 GiB sparse MP4 built around a real ffmpeg AAC file (its ftyp, its mdat's samples
 * at the start of a 2 GiB mdat, its moov), a 1 MB cover added. With moov after mdat the save reads and writes
 * O(moov) bytes (counted through the channel); with moov first every chunk offset moves by the growth and the
 * samples they point at are the same bytes. ffmpeg decodes the real file with moov first unchanged after the same
 * edit.
 */
class LargeFileSaveTest {
    static final long MDAT = 1L << 31;

    @TempDir
    Path dir;

    /** The top-level atoms of a small file: {name, offset, length}. */
    static List<Object[]> top(byte[] d) {
        List<Object[]> out = new ArrayList<>();
        for (int at = 0; at + 8 <= d.length; ) {
            long len = ByteBuffer.wrap(d).getInt(at) & 0xFFFFFFFFL;
            out.add(new Object[] {new String(d, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1), at, len});
            at += (int) len;
        }
        return out;
    }

    static Object[] find(List<Object[]> atoms, String name) {
        return atoms.stream().filter(a -> a[0].equals(name)).findFirst().orElseThrow();
    }

    /**
     * The fixture's atoms with its mdat made 2 GiB (its samples first, then a sparse hole): {@code moovFirst} keeps
     * aac-faststart's layout (ftyp moov free mdat), else aac-moov-last's (ftyp free mdat moov). The chunk offsets
     * stay right: the samples do not move within the file.
     */
    Path big(boolean moovFirst) throws IOException {
        byte[] d = Files.readAllBytes(TestFiles.fixture(moovFirst ? "mp4/aac-faststart.m4a" : "mp4/aac-moov-last.m4a"));
        Object[] mdat = find(top(d), "mdat");
        int mdatAt = (int) mdat[1];
        int mdatEnd = mdatAt + (int) (long) mdat[2];
        byte[] head = Arrays.copyOf(d, mdatEnd);
        ByteBuffer.wrap(head).putInt(mdatAt, (int) MDAT);
        Path p = dir.resolve(moovFirst ? "big-moov-first.m4a" : "big-moov-last.m4a");
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(head), 0);
            byte[] tail = Arrays.copyOfRange(d, mdatEnd, d.length);
            ch.write(ByteBuffer.wrap(tail.length > 0 ? tail : new byte[1]), mdatAt + MDAT - (tail.length > 0 ? 0 : 1));
        }
        return p;
    }

    static MP4Cover cover() {
        byte[] img = new byte[1 << 20];
        for (int i = 0; i < img.length; i++) {
            img[i] = (byte) (i * 31 + (i >> 9));
        }
        return new MP4Cover(img, MP4Cover.FORMAT_JPEG);
    }

    /** Adds the cover through a counting channel (the file's own I/O; a journal beside it is not counted). */
    static long[] addCover(Path p) throws IOException {
        MP4 audio = new MP4(p);
        audio.put("covr", List.of(cover()));
        CountingChannel.Log log = new CountingChannel.Log();
        try (FileSource src = FileSource.open(p, true, ch -> new CountingChannel(ch, log))) {
            audio.save(src, SaveOptions.defaults());
        }
        return new long[] {log.bytesRead(), log.bytesWritten()};
    }

    static long[] chunkOffsets(Path p) throws IOException {
        try (FileSource s = FileSource.open(p)) {
            Atom stco = Atoms.parse(s, MP4Error::new).find("moov").findall("stco", true).get(0);
            byte[] data = stco.readData(s, MP4Error::new);
            int n = ByteBuffer.wrap(data).getInt(4);
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = ByteBuffer.wrap(data).getInt(8 + 4 * i) & 0xFFFFFFFFL;
            }
            return out;
        }
    }

    static byte[] at(Path p, long offset, int n) throws IOException {
        try (FileSource s = FileSource.open(p)) {
            return s.read(offset, n);
        }
    }

    @Test
    void testCoverOnA2GiBFileWithMoovLastCostsOnlyMoov() throws IOException {
        Path p = big(false);
        long before = Files.size(p);
        long moovLength;
        try (FileSource s = FileSource.open(p)) {
            moovLength = Atoms.parse(s, MP4Error::new).find("moov").length();
        }
        long[] io = addCover(p);
        long growth = Files.size(p) - before;
        System.out.printf("2 GiB, moov last (moov %d bytes), 1 MB cover: read %d, written %d bytes;"
                + " file grew %d%n", moovLength, io[0], io[1], growth);
        assertTrue(growth > 1 << 20 && growth < (1 << 20) + 4096, "growth " + growth);
        long bound = 2 * (moovLength + growth) + 65536;
        assertTrue(io[0] < bound, "read " + io[0] + " > " + bound);
        assertTrue(io[1] < bound, "written " + io[1] + " > " + bound);
        MP4 again = new MP4(p);
        assertEquals(cover(), ((List<?>) again.get("covr")).get(0));
    }

    @Test
    void testCoverOnA2GiBFileWithMoovFirstShiftsTheChunkOffsets() throws IOException {
        Path p = big(true);
        long before = Files.size(p);
        long[] offsets = chunkOffsets(p);
        List<byte[]> samples = new ArrayList<>();
        for (long o : offsets) {
            samples.add(at(p, o, 64));
        }
        long[] io = addCover(p);
        long growth = Files.size(p) - before;
        System.out.printf("2 GiB, moov first, 1 MB cover: read %d, written %d bytes; file grew %d%n",
                io[0], io[1], growth);
        long[] shifted = chunkOffsets(p);
        assertEquals(offsets.length, shifted.length);
        for (int i = 0; i < offsets.length; i++) {
            assertEquals(offsets[i] + growth, shifted[i], "chunk " + i);
            assertArrayEquals(samples.get(i), at(p, shifted[i], 64), "samples of chunk " + i);
        }
        assertEquals(cover(), ((List<?>) new MP4(p).get("covr")).get(0));
    }

    @Test
    void testFfmpegDecodesTheRealMoovFirstFileUnchanged() throws Exception {
        assertTrue(FfmpegValidationTest.haveFfmpeg(), "ffmpeg not installed (bash .ci/run installs it)");
        Path f = TestFiles.tempCopy(TestFiles.fixture("mp4/aac-faststart.m4a"), dir);
        String hash = FfmpegValidationTest.pcmHash(f);
        long[] offsets = chunkOffsets(f);
        addCover(f);
        assertTrue(chunkOffsets(f)[0] > offsets[0] + (1 << 20));
        // the cover is filler, not a JPEG: ffmpeg's probe of the picture stream complains about it, not the audio
        String errors = FfmpegValidationTest.run("-v", "error", "-i", f.toString(), "-map", "0:a", "-f", "null", "-")
                .lines().filter(l -> !l.startsWith("[mjpeg @ ")).collect(java.util.stream.Collectors.joining("\n"));
        assertEquals("", errors.trim());
        String after = FfmpegValidationTest.pcmHash(f).lines().filter(l -> !l.startsWith("[mjpeg @ "))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertEquals(hash, after.trim());
    }
}
