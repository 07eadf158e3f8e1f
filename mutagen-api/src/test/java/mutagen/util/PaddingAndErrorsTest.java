// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import mutagen.MutagenError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PyErrors (Python's OSError text) and Limits. */
class PaddingAndErrorsTest {

    @Test
    void testFormat() {
        assertEquals("[Errno 2] No such file or directory: 'x.mp3'", PyErrors.format(2, "No such file or directory",
                "x.mp3"));
        assertEquals("[Errno 2] No such file or directory: \"it's.mp3\"", PyErrors.format(2,
                "No such file or directory", "it's.mp3"));
    }

    @Test
    void testWrapKnownReasons() {
        NoSuchFileException missing = new NoSuchFileException("/a/b.flac");
        MutagenError e = PyErrors.wrap(missing, "/a/b.flac");
        assertEquals("[Errno 2] No such file or directory: '/a/b.flac'", e.getMessage());
        assertSame(missing, e.getCause());
        assertEquals("[Errno 13] Permission denied: 'f'", PyErrors.wrap(new AccessDeniedException("f"), "f")
                .getMessage());
        assertEquals("[Errno 21] Is a directory: 'd'", PyErrors.wrap(
                new FileSystemException("d", null, "Is a directory"), "d").getMessage());
        assertEquals("[Errno 28] No space left on device: 'f'", PyErrors.wrap(
                new FileSystemException("f", null, "No space left on device"), "f").getMessage());
    }

    @Test
    void testWrapUnknownReason() {
        assertEquals("Something odd: 'f'", PyErrors.wrap(new IOException("Something odd"), "f").getMessage());
        assertEquals("IOException: 'f'", PyErrors.wrap(new IOException(), "f").getMessage());
    }

    @Test
    void testOpenErrorsLookLikePython(@TempDir Path dir) {
        Path missing = dir.resolve("missing.mp3");
        MutagenError e = assertThrows(MutagenError.class, () -> FileSource.open(missing));
        assertEquals("[Errno 2] No such file or directory: " + PyRepr.str(missing.toString()), e.getMessage());
        MutagenError d = assertThrows(MutagenError.class, () -> FileSource.open(dir));
        assertEquals("[Errno 21] Is a directory: " + PyRepr.str(dir.toString()), d.getMessage());
        assertEquals("[Errno 21] Is a directory: " + PyRepr.str(dir.toString()),
                assertThrows(MutagenError.class, () -> FileSource.openWritable(dir)).getMessage());
    }

    @Test
    void testCheckLength() throws MutagenError {
        assertEquals(5, Limits.checkLength(5, 5, ErrorFactory.GENERIC));
        assertEquals(0, Limits.checkLength(0, 0, ErrorFactory.GENERIC));
        assertEquals("negative length -1", assertThrows(MutagenError.class,
                () -> Limits.checkLength(-1, 5, ErrorFactory.GENERIC)).getMessage());
        assertEquals("length 6 exceeds the 5 bytes left", assertThrows(MutagenError.class,
                () -> Limits.checkLength(6, 5, ErrorFactory.GENERIC)).getMessage());
        assertEquals("length 1 exceeds the 0 bytes left", assertThrows(MutagenError.class,
                () -> Limits.checkLength(1, -3, ErrorFactory.GENERIC)).getMessage());
        assertThrows(MutagenError.class, () -> Limits.checkLength(1L << 33, Long.MAX_VALUE, ErrorFactory.GENERIC));
    }
}
