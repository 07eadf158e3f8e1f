// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

/**
 * An error that ends the Python tool with an uncaught exception (a traceback and exit code 1). The Java tools print
 * {@code Traceback (most recent call last):}, one line saying there is no Python stack, and Python's last line,
 * {@code Type: message}.
 */
final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;

    PyException(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    /** The traceback text printed on stderr. */
    String traceback() {
        return "Traceback (most recent call last):\n  (mutagen-java: no Python stack)\n" + type
                + (getMessage() == null || getMessage().isEmpty() ? "" : ": " + getMessage()) + "\n";
    }
}
