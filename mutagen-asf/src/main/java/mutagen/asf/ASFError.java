// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import mutagen.MutagenError;

/**
 * The error raised for an ASF file that cannot be read or written. Stands for both {@code mutagen.asf.error} (the
 * module's base error) and its subclass {@code mutagen.asf.ASFError}.
 */
public class ASFError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public ASFError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public ASFError(String message, Throwable cause) {
        super(message, cause);
    }
}
