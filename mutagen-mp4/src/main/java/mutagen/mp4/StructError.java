// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

/**
 * A parse failure Python raises as {@code struct.error} or {@code TypeError} inside {@code MP4Tags.load}: it is not
 * kept as a failed atom but fails the whole load, which {@link MP4} reports as {@link MP4MetadataError}.
 */
final class StructError extends MP4Error {
    private static final long serialVersionUID = 1L;

    StructError(String message) {
        super(message);
    }

    /** Python's message for {@code struct.unpack} of a too short buffer. */
    static StructError unpack(int needed) {
        return new StructError("unpack requires a buffer of " + needed + " bytes");
    }
}
