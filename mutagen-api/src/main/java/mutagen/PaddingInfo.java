// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

/**
 * What a format knows about padding when it saves: the padding that would be left after writing the new tags into
 * the old tag region ({@link #padding()}, negative when the tags outgrow it) and the size of the data after it
 * ({@link #size()}).
 *
 * <p>Mirrors {@code mutagen.PaddingInfo}. A {@link PaddingFunction} receives it and answers how much padding to
 * write; {@link #defaultPadding()} is mutagen's default policy.
 *
 * <p>Immutable and thread-safe.
 */
public final class PaddingInfo {
    private final long padding;
    private final long size;

    /**
     * Creates padding information.
     *
     * @param padding the padding in bytes
     * @param size the size in bytes
     */
    public PaddingInfo(long padding, long size) {
        this.padding = padding;
        this.size = size;
    }

    /**
     * The padding left after saving, in bytes; negative when more room is needed.
     *
     * @return the padding left after saving, in bytes; negative when more room is needed
     */
    public long padding() {
        return padding;
    }

    /**
     * The number of bytes of content following the padding.
     *
     * @return the number of bytes of content following the padding
     */
    public long size() {
        return size;
    }

    /**
     * Mutagen's default policy: keep the existing padding while it is at most 10 KiB + 1% of the content, else (or
     * when there is a shortfall) use 1 KiB + 0.1% of the content.
     *
     * @return mutagen's default policy: keep the existing padding while it is at most 10 KiB + 1% of the content, else
     *     (or when there is a shortfall) use 1 KiB + 0.1% of the content
     */
    public long defaultPadding() {
        long high = 1024 * 10 + Math.floorDiv(size, 100);
        long low = 1024 + Math.floorDiv(size, 1000);
        if (padding >= 0) {
            return padding > high ? low : padding;
        }
        return low;
    }

    /**
     * The padding the function asks for, or {@link #defaultPadding()} when the function is {@code null}: mutagen's
     * {@code _get_padding}. The answer is passed on as it is; each format decides what a negative answer means
     * (ID3 raises "invalid padding", FLAC, Ogg and MP4 write no padding).
     *
     * @param function the function
     * @return the padding the function asks for, or {@link #defaultPadding()} when the function is {@code null}:
     *     mutagen's {@code _get_padding}
     */
    public long padding(PaddingFunction function) {
        return function == null ? defaultPadding() : function.padding(this);
    }

    @Override
    public String toString() {
        return "<PaddingInfo size=" + size + " padding=" + padding + ">";
    }
}
