// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

/** A broken or missing ASF header object. Mirrors {@code mutagen.asf.ASFHeaderError}. */
public class ASFHeaderError extends ASFError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public ASFHeaderError(String message) {
        super(message);
    }
}
