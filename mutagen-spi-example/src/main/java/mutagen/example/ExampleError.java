// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.example;

import mutagen.MutagenError;

/**
 * A MUTAGEN-EXAMPLE file that cannot be read or written: bad magic, a size field larger than the file, bad text.
 * Channel failures while saving are wrapped in it too.
 */
public class ExampleError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public ExampleError(String message) {
        super(message);
    }

    /** Creates an error with a message and a cause. */
    public ExampleError(String message, Throwable cause) {
        super(message, cause);
    }
}
