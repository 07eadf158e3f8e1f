// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

/**
 * A broken or missing ASF header object. Mirrors {@code mutagen.asf.ASFHeaderError}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class ASFHeaderError extends ASFError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public ASFHeaderError(String message) {
        super(message);
    }
}
