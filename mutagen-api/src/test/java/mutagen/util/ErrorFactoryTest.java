// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import mutagen.MutagenError;
import org.junit.jupiter.api.Test;

/** The one place where an I/O failure becomes a format's error. */
class ErrorFactoryTest {
    static final class AError extends MutagenError {
        AError(String m) {
            super(m);
        }
    }

    static final class BError extends MutagenError {
        BError(String m) {
            super(m);
        }
    }

    private static final ErrorFactory A = AError::new;

    @Test
    void testConvertKeepsTheMessageAndTheCause() {
        IOException io = new IOException("[Errno 5] Input/output error");
        MutagenError e = A.convert(io);
        assertEquals(AError.class, e.getClass());
        assertEquals("[Errno 5] Input/output error", e.getMessage());
        assertSame(io, e.getCause());
    }

    @Test
    void testConvertPassesAnyMutagenErrorThrough() {
        BError b = new BError("broken");
        assertSame(b, A.convert(b));
    }

    @Test
    void testRunAndCall() throws MutagenError {
        assertEquals(3, A.call(() -> 3));
        AError e = assertThrows(AError.class, () -> A.run(() -> {
            throw new NoSuchFileException("x");
        }));
        assertEquals("x", e.getMessage());
        BError b = new BError("b");
        assertSame(b, assertThrows(BError.class, () -> A.call(() -> {
            throw b;
        })));
    }

    @Test
    void testRunAsMakesEveryFailureTheDeclaredClass() {
        AError a = new AError("a");
        assertSame(a, assertThrows(AError.class, () -> A.runAs(AError.class, () -> {
            throw a;
        })));
        AError fromB = assertThrows(AError.class, () -> A.runAs(AError.class, () -> {
            throw new BError("other format");
        }));
        assertEquals("other format", fromB.getMessage());
        assertThrows(IllegalStateException.class, () -> A.runAs(BError.class, () -> {
            throw new IOException("x");
        }));
    }

    @Test
    void testReadConvertsAnOpenFailureToPythonsText() {
        MutagenError e = assertThrows(MutagenError.class,
                () -> FileSource.read(Path.of("/nonexistent/file.bin"), A, s -> { }));
        assertEquals("[Errno 2] No such file or directory: '/nonexistent/file.bin'", e.getMessage());
    }
}
