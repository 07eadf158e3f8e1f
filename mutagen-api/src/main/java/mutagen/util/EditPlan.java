// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a save changes in a file: a list of splices (an offset and a length of old bytes, and the bytes that take
 * their place) on the original file, with {@link #map(long)} telling where an original byte ends up.
 *
 * <p>A writer says what it wants changed; {@link FileSource#commit()} decides how the bytes move (in place, moving only what
 * follows the first size change, through a bounded buffer, journaled against a kill). A container writer that keeps
 * offsets into its own file (MP4 chunk offsets, say) first plans its splices, then asks {@link #map(long)} for the
 * new value of each offset that points past them.
 *
 * <p>Splices are kept sorted and never touch: a splice that overlaps or touches another is merged with it. Two ways to
 * add one: {@link #replace(long, long, byte[])} in the <em>original</em> file's coordinates (a writer planning from
 * what it parsed), and {@link #edit(long, long, byte[])} in the <em>current</em> coordinates, the file as it reads with
 * the splices so far applied ({@link FileSource}'s positional edits).
 *
 * <p>Not thread-safe.
 */
public final class EditPlan {
    private final long originalSize;
    private final List<Splice> splices = new ArrayList<>();
    private long delta;

    /** One splice: {@code oldLength} original bytes at {@code offset} are replaced by new bytes. */
    public static final class Splice {
        private final long offset;
        private final long oldLength;
        private final Payload payload;

        Splice(long offset, long oldLength, Payload payload) {
            this.offset = offset;
            this.oldLength = oldLength;
            this.payload = payload;
        }

        /**
         * The original offset of the replaced bytes.
         *
         * @return the original offset of the replaced bytes
         */
        public long offset() {
            return offset;
        }

        /**
         * How many original bytes are replaced.
         *
         * @return how many original bytes are replaced
         */
        public long oldLength() {
            return oldLength;
        }

        /**
         * How many new bytes take their place.
         *
         * @return how many new bytes take their place
         */
        public long length() {
            return payload.length();
        }

        /**
         * The new bytes (a plan of {@link FileSource}'s own may hold large ones on disk: they are read back).
         *
         * @return the new bytes (a plan of {@link FileSource}'s own may hold large ones on disk: they are read back)
         */
        public byte[] data() {
            try {
                return payload.toArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        Payload payload() {
            return payload;
        }

        /**
         * The original offset just past the replaced bytes.
         *
         * @return the original offset just past the replaced bytes
         */
        public long end() {
            return offset + oldLength;
        }

        /**
         * How much this splice changes the file's size.
         *
         * @return how much this splice changes the file's size
         */
        public long delta() {
            return payload.length() - oldLength;
        }
    }

    /**
     * A plan for a file of {@code originalSize} bytes.
     *
     * @param originalSize the original size
     */
    public EditPlan(long originalSize) {
        if (originalSize < 0) {
            throw new IllegalArgumentException("size " + originalSize);
        }
        this.originalSize = originalSize;
    }

    /**
     * The size of the file before the plan.
     *
     * @return the size of the file before the plan
     */
    public long originalSize() {
        return originalSize;
    }

    /**
     * The size of the file once the plan is applied.
     *
     * @return the size of the file once the plan is applied
     */
    public long newSize() {
        return originalSize + delta;
    }

    /**
     * Whether the plan changes nothing.
     *
     * @return whether the plan changes nothing
     */
    public boolean isEmpty() {
        return splices.isEmpty();
    }

    /**
     * The splices, sorted by offset, none touching another.
     *
     * @return the splices, sorted by offset, none touching another
     */
    public List<Splice> splices() {
        return Collections.unmodifiableList(splices);
    }

    /**
     * Replaces {@code oldLength} bytes of the original file at {@code offset} with {@code data}; an insertion when
     * {@code oldLength} is 0. A splice that overlaps or touches one already planned is merged with it (an insertion
     * at the start or end of a replaced range goes before or after its new bytes, in the order of the calls).
     *
     * @param offset the offset in bytes
     * @param oldLength the old length
     * @param data the bytes
     * @return the {@code EditPlan}
     * @throws IllegalArgumentException when the range is not inside the original file, or overlaps a planned splice
     *     other than by touching it
     */
    public EditPlan replace(long offset, long oldLength, byte[] data) {
        return replace(offset, oldLength, Payload.of(data));
    }

    /** {@link #replace(long, long, byte[])} with bytes that may lie in a spill file or be zeros. */
    EditPlan replace(long offset, long oldLength, Payload data) {
        if (offset < 0 || oldLength < 0 || offset + oldLength > originalSize) {
            throw new IllegalArgumentException("replace " + oldLength + " bytes at " + offset + " of " + originalSize);
        }
        for (Splice s : splices) {
            if (offset < s.end() && s.offset() < offset + oldLength) {
                throw new IllegalArgumentException("replace " + oldLength + " bytes at " + offset
                        + " overlaps the splice of " + s.oldLength() + " bytes at " + s.offset());
            }
        }
        // Express it in current coordinates, where the general merge lives. An insertion at the start of a replaced
        // range goes before its new bytes; anything at an earlier insertion's offset goes after that insertion.
        return edit(map(offset, oldLength == 0), oldLength, data);
    }

    /**
     * Inserts {@code data} before the original byte at {@code offset} (see {@link #replace}).
     *
     * @param offset the offset in bytes
     * @param data the bytes
     * @return the {@code EditPlan}
     */
    public EditPlan insert(long offset, byte[] data) {
        return replace(offset, 0, data);
    }

    /**
     * Deletes {@code length} original bytes at {@code offset} (see {@link #replace}).
     *
     * @param offset the offset in bytes
     * @param length the length in bytes
     * @return the {@code EditPlan}
     */
    public EditPlan delete(long offset, long length) {
        return replace(offset, length, new byte[0]);
    }

    /**
     * Where the original byte at {@code oldOffset} is once the plan is applied; {@code map(originalSize())} is
     * {@link #newSize()}. A byte before which an insertion is planned moves past the inserted bytes.
     *
     * @param oldOffset the old offset
     * @return where the original byte at {@code oldOffset} is once the plan is applied; {@code map(originalSize())} is
     *     {@link #newSize()}
     * @throws IllegalArgumentException when the byte is replaced by a splice (it has no new place) or is outside the
     *     original file
     */
    public long map(long oldOffset) {
        return map(oldOffset, false);
    }

    private long map(long oldOffset, boolean beforeReplaced) {
        if (oldOffset < 0 || oldOffset > originalSize) {
            throw new IllegalArgumentException("offset " + oldOffset + " outside the original " + originalSize);
        }
        long shift = 0;
        for (Splice s : splices) {
            if (s.offset() > oldOffset || beforeReplaced && s.offset() == oldOffset && s.oldLength() > 0) {
                break;
            }
            if (oldOffset < s.end()) {
                throw new IllegalArgumentException("offset " + oldOffset + " is replaced by the splice of "
                        + s.oldLength() + " bytes at " + s.offset());
            }
            shift += s.delta();
        }
        return oldOffset + shift;
    }

    /**
     * Replaces {@code length} bytes at {@code offset} of the file as it currently reads (original bytes with the
     * splices so far applied) with {@code data}. The range must lie within the current size.
     *
     * @param offset the offset in bytes
     * @param length the length in bytes
     * @param data the bytes
     * @return the {@code EditPlan}
     */
    public EditPlan edit(long offset, long length, byte[] data) {
        return edit(offset, length, Payload.of(data));
    }

    /** {@link #edit(long, long, byte[])} with bytes that may lie in a spill file. */
    EditPlan edit(long offset, long length, Payload data) {
        long size = newSize();
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new IllegalArgumentException("edit " + length + " bytes at " + offset + " of " + size);
        }
        long end = offset + length;
        long shift = 0; // current minus original offset in the gap before splice i
        int i = 0;
        while (i < splices.size() && splices.get(i).offset() + shift + splices.get(i).length() < offset) {
            shift += splices.get(i).delta();
            i++;
        }
        int first = i;
        long origStart;
        Payload prefix;
        if (i < splices.size() && splices.get(i).offset() + shift <= offset) {
            Splice s = splices.get(i);
            origStart = s.offset();
            prefix = s.payload().slice(0, offset - (s.offset() + shift));
        } else {
            origStart = offset - shift;
            prefix = Payload.EMPTY;
        }
        // Every splice that starts at or before the end of the range (touching included) is merged.
        long origEnd = end - shift;
        Payload suffix = Payload.EMPTY;
        while (i < splices.size() && splices.get(i).offset() + shift <= end) {
            Splice s = splices.get(i);
            long curStart = s.offset() + shift;
            if (end <= curStart + s.length()) {
                origEnd = s.end();
                suffix = s.payload().slice(end - curStart, s.length());
            } else {
                origEnd = end - (shift + s.delta());
            }
            shift += s.delta();
            i++;
        }
        Payload merged = Payload.concat(prefix, data, suffix);
        long removedDelta = 0;
        for (int k = first; k < i; k++) {
            removedDelta += splices.get(k).delta();
        }
        splices.subList(first, i).clear();
        Splice s = new Splice(origStart, origEnd - origStart, merged);
        splices.add(first, s);
        delta += s.delta() - removedDelta;
        return this;
    }

    /** How the current content reads: the original bytes come from {@code original}. */
    @FunctionalInterface
    public interface OriginalReader {
        /**
         * Copies {@code len} original bytes at {@code offset} into {@code out} at {@code at}.
         *
         * @param offset the offset in bytes
         * @param out where to write
         * @param at the at
         * @param len the length in bytes
         * @throws java.io.IOException if reading or writing fails, or the data is invalid (a
         *     {@code MutagenError})
         */
        void read(long offset, byte[] out, int at, int len) throws java.io.IOException;
    }

    /**
     * Fills {@code out} with the current content from {@code offset} on (the range must lie within
     * {@link #newSize()}): splice bytes from the plan, the rest through {@code original}.
     *
     * @param offset the offset in bytes
     * @param out where to write
     * @param original the original bytes
     * @throws java.io.IOException if reading or writing fails, or the data is invalid (a
     *     {@code MutagenError})
     */
    public void read(long offset, byte[] out, OriginalReader original) throws java.io.IOException {
        long end = offset + out.length;
        if (offset < 0 || end > newSize()) {
            throw new IllegalArgumentException("read " + out.length + " bytes at " + offset + " of " + newSize());
        }
        long pos = offset;
        long shift = 0;
        for (Splice s : splices) {
            if (pos >= end) {
                return;
            }
            long curStart = s.offset() + shift;
            long curEnd = curStart + s.length();
            if (pos < curStart) {
                int n = (int) (Math.min(end, curStart) - pos);
                original.read(pos - shift, out, (int) (pos - offset), n);
                pos += n;
            }
            if (pos < end && pos < curEnd) {
                int n = (int) (Math.min(end, curEnd) - pos);
                s.payload().copyTo(pos - curStart, out, (int) (pos - offset), n);
                pos += n;
            }
            shift += s.delta();
        }
        if (pos < end) {
            original.read(pos - shift, out, (int) (pos - offset), (int) (end - pos));
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("EditPlan(").append(originalSize).append(" -> ").append(newSize());
        for (Splice s : splices) {
            b.append(", ").append(s.oldLength()).append('@').append(s.offset()).append("->").append(s.length());
        }
        return b.append(')').toString();
    }
}
