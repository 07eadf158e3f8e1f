// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import java.io.IOException;

/**
 * The base of every error raised for a file that cannot be read or written.
 *
 * <p>Mirrors {@code mutagen.MutagenError}. It extends {@link IOException} so that callers catch one checked type;
 * an I/O failure of the underlying channel is wrapped in the format's subclass with its cause kept.
 */
public class MutagenError extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public MutagenError(String message) {
        super(message);
    }

    /** Creates an error with a message and a cause. */
    public MutagenError(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates an error that wraps a cause and shows its message, as {@code MutagenError(err)} does in Python. */
    public MutagenError(Throwable cause) {
        super(cause == null ? null : cause.getMessage(), cause);
    }

    /**
     * The text Python's {@code str(err)} gives, which {@code mutagen-inspect} prints. It is the message, or the empty
     * string when there is none.
     */
    public String pythonStr() {
        String m = getMessage();
        return m == null ? "" : m;
    }
}
