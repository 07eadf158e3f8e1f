// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.m4a;

/** Python's {@code M4AMetadataValueError}; nothing raises it. */
@Deprecated
public class M4AMetadataValueError extends M4AError {
    private static final long serialVersionUID = 1L;

    /** An error with a message. */
    public M4AMetadataValueError(String message) {
        super(message);
    }
}
