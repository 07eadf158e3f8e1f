// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

/**
 * A FLAC metadata block: its type code and its payload.
 *
 * <p>Mirrors {@code mutagen.flac.MetadataBlock}. Python's class is both the base of the block types and the holder of
 * unknown blocks; in Java it is this interface (so that {@link StreamInfo} can also be a {@link mutagen.StreamInfo}
 * and {@link VCFLACDict} a {@link mutagen.vorbis.VCommentDict}) plus {@link RawBlock} for raw data. See
 * {@code docs/API-MAPPING.md}.
 *
 * <p>Thread safety: as stated by each implementation; the implementations in this project are used by one thread at a
 * time unless their Javadoc says otherwise.
 */
public interface MetadataBlock {

    /** The largest payload a block header can describe: 2^24 - 1 bytes. */
    int MAX_SIZE = (1 << 24) - 1;

    /**
     * The block type code (0 STREAMINFO ... 6 PICTURE; others are kept raw).
     *
     * @return the block type code (0 STREAMINFO ... 6 PICTURE; others are kept raw)
     */
    int code();

    /**
     * The payload bytes, without the 4-byte block header.
     *
     * @return the payload bytes, without the 4-byte block header
     * @throws IllegalArgumentException when a field cannot be encoded (Python's {@code ValueError}/{@code struct.error})
     */
    byte[] write();
}
