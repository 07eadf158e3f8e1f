// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The base of every error raised for a file that cannot be read or written.
 *
 * <p>Mirrors {@code mutagen.MutagenError}. It extends {@link IOException} so that callers catch one checked type;
 * an I/O failure of the underlying channel is wrapped in the format's subclass with its cause kept.
 *
 * <p>The message is mutagen's text, which does not name the file; {@link #path()} does, for a caller handling the
 * errors of a batch. Not thread-safe while being thrown (as any exception); safe to share once caught.
 */
public class MutagenError extends IOException {
    private static final long serialVersionUID = 1L;
    /** The file this error concerns, as text (a {@code Path} is not serializable); {@code null} when unknown. */
    private String file;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public MutagenError(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public MutagenError(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an error that wraps a cause and shows its message, as {@code MutagenError(err)} does in Python.
     *
     * @param cause the error that caused this one
     */
    public MutagenError(Throwable cause) {
        super(cause == null ? null : cause.getMessage(), cause);
    }

    /**
     * Marks an error class whose instances carry no stack trace: errors a parser raises and catches on the normal
     * path of ordinary files (mutagen raises and catches them too), where filling in a stack trace would cost more
     * than reading the file. A class just implements this; nothing else is needed.
     */
    public interface Stackless {
    }

    /**
     * No stack trace for a {@link Stackless} error (decided by its class: this runs inside the constructor).
     *
     * @return this error
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this instanceof Stackless ? this : super.fillInStackTrace();
    }

    /**
     * The file this error concerns, when it is known: set by the entry points that take a path ({@code File.open},
     * a format's constructor, {@code save}, {@code delete}); {@code null} for bytes, a caller's channel, or an error
     * made outside such a call. The message stays mutagen's text.
     *
     * @return the file this error concerns, when it is known: set by the entry points that take a path ({@code
     *     File.open}, a format's constructor, {@code save}, {@code delete}); {@code null} for bytes, a caller's
     *     channel, or an error made outside such a call
     */
    public Path path() {
        return file == null ? null : Path.of(file);
    }

    /**
     * Records the file this error concerns, once: a later call keeps the first path (the innermost entry point
     * knows best).
     *
     * @param path the file's path
     * @return this error
     */
    public MutagenError withPath(Path path) {
        if (file == null && path != null) {
            file = path.toString();
        }
        return this;
    }

    /**
     * The text Python's {@code str(err)} gives, which {@code mutagen-inspect} prints. It is the message, or the empty
     * string when there is none.
     *
     * @return the text Python's {@code str(err)} gives, which {@code mutagen-inspect} prints
     */
    public String pythonStr() {
        String m = getMessage();
        return m == null ? "" : m;
    }
}
