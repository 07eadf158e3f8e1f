// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.io.IOException;
import mutagen.vorbis.VCommentDict;
import mutagen.util.ByteReader;
import mutagen.vorbis.VorbisError;

/**
 * The VORBIS_COMMENT block (type 4): a {@link VCommentDict} without the framing bit.
 *
 * <p>Mirrors {@code mutagen.flac.VCFLACDict}. Its block size is not trusted on read: the comment is parsed and its
 * real length used, because broken writers exist (mutagen issue 52).
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class VCFLACDict extends VCommentDict implements MetadataBlock {

    /** The type code of VORBIS_COMMENT blocks. */
    public static final int CODE = 4;

    /** The block header size read from a file whose real size did not fit 24 bits, else -1. */
    long invalidOverflowSize = -1;

    /** Creates an empty comment block with the vendor {@code Mutagen 1.48.1}. */
    public VCFLACDict() {
    }

    /**
     * Parses a comment block payload ({@link Errors#REPLACE}, no framing bit).
     *
     * @param data the bytes
     * @throws VorbisError when the data is not a valid Vorbis comment
     */
    public VCFLACDict(byte[] data) throws VorbisError {
        super(data, Errors.REPLACE, false);
    }

    /**
     * Parses a comment block payload with an error mode, no framing bit.
     *
     * @param data the bytes
     * @param errors the format's error factory (its error class and mutagen's words)
     * @throws VorbisError when the data is not a valid Vorbis comment
     */
    public VCFLACDict(byte[] data, Errors errors) throws VorbisError {
        super(data, errors, false);
    }

    /** Parses a comment from a strict file input, leaving it after the comment. */
    VCFLACDict(ByteReader input) throws IOException {
        super(input, Errors.REPLACE, false);
    }

    @Override
    public int code() {
        return CODE;
    }

    /** The payload, without a framing bit. */
    @Override
    public byte[] write() {
        return write(false);
    }
}
