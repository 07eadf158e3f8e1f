// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.all;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.flac.FLAC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shorthands a Java user reaches for first (issue 15), on the shipped sample and on every format of mutagen-all:
 * {@code File.open(channel)}, {@code File.open(bytes, name)}, {@code FileType.save(bytes)} and
 * {@code MutagenError.path()}.
 */
class ApiShorthandsTest {
    private static Path sample() {
        return Path.of(System.getProperty("mutagen.testfiles"), "sample", "sample.flac");
    }

    @Test
    void openChannelReadsAndLeavesTheChannelOpen() throws Exception {
        try (SeekableByteChannel ch = Files.newByteChannel(sample())) {
            FileType f = File.open(ch).orElseThrow();
            assertTrue(f instanceof FLAC, f.getClass().getName());
            assertEquals(List.of("A sine at 440 Hz"), f.get("title"));
            assertNull(f.filename(), "a caller's channel has no file name");
            assertTrue(ch.isOpen(), "the caller's channel stays open");
        }
    }

    @Test
    void openBytesWithNameUsesTheNameForDetection() throws Exception {
        byte[] bytes = Files.readAllBytes(sample());
        FileType f = File.open(bytes, "x.flac").orElseThrow();
        assertEquals(new FLAC(sample()).pprint(), f.pprint());
        // The name takes part in detection, as a file name does: zeros named .flac are tried as FLAC (and fail
        // with mutagen's message), unnamed zeros match no format.
        MutagenError e = assertThrows(MutagenError.class, () -> File.open(new byte[64], "silence.flac"));
        assertEquals("'silence.flac' is not a valid FLAC file", e.getMessage());
        assertNull(e.path());
        assertTrue(File.open(new byte[64], "").isEmpty());
    }

    @Test
    void saveToBytesAnswersTheSavedFileAndLeavesTheInputAlone(@TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(sample());
        byte[] copy = bytes.clone();
        FileType f = File.open(bytes, "").orElseThrow();
        f.put("title", List.of("Edited"));
        byte[] saved = f.save(bytes);
        assertArrayEquals(copy, bytes, "the input array is not changed");
        assertFalse(Arrays.equals(bytes, saved));
        assertEquals(List.of("Edited"), File.open(saved, "").orElseThrow().get("title"));

        // The same edit saved to a file gives the same bytes.
        Path onDisk = dir.resolve("s.flac");
        Files.copy(sample(), onDisk);
        FileType g = File.open(onDisk).orElseThrow();
        g.put("title", List.of("Edited"));
        g.save();
        assertArrayEquals(Files.readAllBytes(onDisk), saved);
    }

    @Test
    void errorPathNamesTheFileWithoutChangingTheMessage(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.flac");
        MutagenError e = assertThrows(MutagenError.class, () -> File.open(missing));
        assertEquals(missing, e.path());
        assertEquals("[Errno 2] No such file or directory: '" + missing + "'", e.getMessage());

        Path broken = dir.resolve("broken.flac");
        byte[] head = Arrays.copyOf(Files.readAllBytes(sample()), 20);   // fLaC and a cut STREAMINFO header
        Files.write(broken, head);
        MutagenError fromConstructor = assertThrows(MutagenError.class, () -> new FLAC(broken));
        assertEquals(broken, fromConstructor.path());
        MutagenError fromBytes = assertThrows(MutagenError.class, () -> File.open(head, "broken.flac"));
        assertNull(fromBytes.path(), "bytes in memory have no path");
        assertEquals(fromConstructor.getMessage(), fromBytes.getMessage(), "the path is not in the message");
    }

    @Test
    void mutagenAllBringsEveryFormat() {
        // Every kind of mutagen 1.48.1's mutagen.File(), in Java's String order.
        assertEquals(List.of("AAC", "AC3", "AIFF", "APEv2File", "ASF", "DSDIFF", "DSF", "FLAC", "ID3FileType", "MP3",
                "MP4", "MonkeysAudio", "Musepack", "OggFLAC", "OggOpus", "OggSpeex", "OggTheora", "OggVorbis",
                "OptimFROG", "SMF", "TAK", "TrueAudio", "WAVE", "WavPack"), AllFormats.kinds());
    }
}
