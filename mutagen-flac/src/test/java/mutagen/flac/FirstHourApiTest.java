// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import mutagen.util.MemoryChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shorthands a Java user reaches for first, and the path an error carries (issue: a newcomer's first hour). */
class FirstHourApiTest {
    @TempDir
    Path dir;

    private static byte[] sample() {
        return TestFiles.bytes(TestFiles.corpus("silence-44-s.flac"));
    }

    @Test
    void testOpenBytesWithANameAndAChannel() throws IOException {
        byte[] data = sample();
        FileType byName = File.open(data, "x.flac").orElseThrow();
        assertInstanceOf(FLAC.class, byName);
        FileType byChannel = File.open(MemoryChannel.readOnly(data)).orElseThrow();
        assertEquals(byName.pprint(), byChannel.pprint());
    }

    @Test
    void testSaveAnInMemoryFileToBytesInOneCall() throws IOException {
        byte[] data = sample();
        byte[] before = data.clone();
        FileType f = File.open(data, "x.flac").orElseThrow();
        f.put("title", List.of("in memory"));
        byte[] saved = f.save(data);
        assertArrayEquals(before, data, "the original bytes are not changed");
        FileType again = File.open(saved).orElseThrow();
        assertEquals(List.of("in memory"), again.get("title"));
    }

    @Test
    void testErrorsNameTheirFileWithoutChangingMutagensText() throws IOException {
        Path missing = dir.resolve("missing.flac");
        MutagenError open = assertThrows(MutagenError.class, () -> File.open(missing));
        assertEquals(missing, open.path());
        assertEquals("[Errno 2] No such file or directory: '" + missing + "'", open.getMessage());

        Path broken = dir.resolve("broken.flac");
        Files.write(broken, Arrays.copyOf(sample(), 30));
        FLACError load = assertThrows(FLACError.class, () -> new FLAC(broken));
        assertEquals(broken, load.path());
        FLACError fromBytes = assertThrows(FLACError.class, () -> new FLAC(mutagen.util.FileSource.of(
                Arrays.copyOf(sample(), 30), "")));
        assertNull(fromBytes.path(), "bytes have no path");
        assertEquals(load.getMessage(), fromBytes.getMessage());

        Path good = dir.resolve("good.flac");
        Files.write(good, sample());
        FLAC f = new FLAC(good);
        Path readOnlyGone = dir.resolve("gone.flac");
        MutagenError save = assertThrows(MutagenError.class, () -> f.save(readOnlyGone));
        assertEquals(readOnlyGone, save.path());
        assertTrue(save.getMessage().startsWith("[Errno 2] No such file or directory"), save.getMessage());
    }
}
