// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

/**
 * One seek point of a {@link SeekTable}. Mirrors {@code mutagen.flac.SeekPoint} (a tuple).
 *
 * <p>Placeholder points have {@code firstSample} 0xFFFFFFFFFFFFFFFF, which is {@code -1L} here: the 64-bit fields are
 * unsigned and read with {@link Long#toUnsignedString(long)}.
 *
 * <p>Thread safety: an immutable record, safe to share across threads as long as its array or collection components
 * are not changed.
 *
 * @param firstSample the number of the first sample in the target frame (unsigned 64-bit)
 * @param byteOffset the offset from the first frame to the target frame (unsigned 64-bit)
 * @param numSamples the number of samples in the target frame (16-bit)
 */
public record SeekPoint(long firstSample, long byteOffset, int numSamples) {

    /** The placeholder {@code firstSample}: 2^64 - 1. */
    public static final long PLACEHOLDER = -1L;

    /** Python's tuple repr, {@code (first_sample, byte_offset, num_samples)}, with unsigned numbers. */
    @Override
    public String toString() {
        return "(" + Long.toUnsignedString(firstSample) + ", " + Long.toUnsignedString(byteOffset) + ", "
                + numSamples + ")";
    }
}
