// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a {@link FormatProvider}'s score can reach, declared so that {@link mutagen.File} scores only the providers
 * that can still win: magic bytes at fixed header offsets and file name suffixes, each with the most it adds, and a
 * base for everything else the score looks at (bytes anywhere in the header, the tail).
 *
 * <p>The promise: for every input, {@code score(input) <= base + } the weights of the declared clues that hold (a
 * magic holds when the header has its bytes at its offset, a suffix when the lower-cased name ends with it). A
 * provider that declares no clues ({@link FormatProvider#clues()} is {@code null}) is always scored. Where a score is
 * exactly the sum of its clues, {@link #matched(ProbeInput)} is that score, so the clues are written once.
 *
 * <p>Immutable; each method returns a new instance.
 */
public final class Clues {
    private static final Clues NONE = new Clues(0, new int[0], new byte[0][], new int[0], new String[0], new int[0]);

    final int base;
    final int[] offsets;
    final byte[][] magics;
    final int[] magicWeights;
    final String[] suffixes;
    final int[] suffixWeights;

    private Clues(int base, int[] offsets, byte[][] magics, int[] magicWeights, String[] suffixes,
            int[] suffixWeights) {
        this.base = base;
        this.offsets = offsets;
        this.magics = magics;
        this.magicWeights = magicWeights;
        this.suffixes = suffixes;
        this.suffixWeights = suffixWeights;
    }

    /**
     * Clues whose score reaches at most {@code base} from what is not declared (0: the declared clues are all).
     *
     * @param base the most the undeclared parts of the score add, at least 0
     * @return clues with that base and no magic or suffix yet
     */
    public static Clues upTo(int base) {
        if (base < 0) {
            throw new IllegalArgumentException("negative base " + base);
        }
        return base == 0 ? NONE : NONE.withBase(base);
    }

    /**
     * These clues and a magic: the header holding {@code bytes} at {@code offset} adds at most {@code weight}.
     *
     * @param offset the offset in the header, from 0 to {@link ProbeInput#HEADER_SIZE} - 1
     * @param bytes the magic bytes (not copied: a constant of the provider)
     * @param weight the most this magic adds, at least 0
     * @return these clues and the magic
     */
    public Clues magic(int offset, byte[] bytes, int weight) {
        checkWeight(weight);
        if (offset < 0 || offset >= ProbeInput.HEADER_SIZE) {
            throw new IllegalArgumentException("offset " + offset + " outside the header");
        }
        if (bytes.length == 0) {
            // Python's header[offset:offset] == b"" always holds.
            return withBase(Math.addExact(base, weight));
        }
        int n = offsets.length;
        int[] o = Arrays.copyOf(offsets, n + 1);
        o[n] = offset;
        byte[][] m = Arrays.copyOf(magics, n + 1);
        m[n] = bytes.clone(); // the caller's array may change after; these clues are immutable
        int[] w = Arrays.copyOf(magicWeights, n + 1);
        w[n] = weight;
        return new Clues(base, o, m, w, suffixes, suffixWeights);
    }

    /**
     * These clues and a name suffix: the lower-cased file name ending with {@code lowerCaseSuffix} adds at most
     * {@code weight} (a provider that compares the name case-sensitively declares the suffix too: its match implies
     * this one).
     *
     * @param lowerCaseSuffix the suffix, lower case ({@code ".flac"})
     * @param weight the most this suffix adds, at least 0
     * @return these clues and the suffix
     */
    public Clues suffix(String lowerCaseSuffix, int weight) {
        checkWeight(weight);
        if (lowerCaseSuffix.isEmpty()) {
            // Every name ends with "".
            return withBase(Math.addExact(base, weight));
        }
        int n = suffixes.length;
        String[] s = Arrays.copyOf(suffixes, n + 1);
        s[n] = Objects.requireNonNull(lowerCaseSuffix);
        int[] w = Arrays.copyOf(suffixWeights, n + 1);
        w[n] = weight;
        return new Clues(base, offsets, magics, magicWeights, s, w);
    }

    /**
     * The sum of the weights of the declared magics and suffixes that hold for the input (the base not counted): the
     * score of a provider whose score is just its clues.
     *
     * @param input the input
     * @return the sum of the weights of the declared magics and suffixes that hold for the input
     */
    public int matched(ProbeInput input) {
        int sum = 0;
        for (int i = 0; i < magics.length; i++) {
            if (input.headerMatchesAt(offsets[i], magics[i])) {
                sum += magicWeights[i];
            }
        }
        for (int i = 0; i < suffixes.length; i++) {
            if (input.nameEndsWith(suffixes[i])) {
                sum += suffixWeights[i];
            }
        }
        return sum;
    }

    /** The most the score can be when every clue holds. */
    int max() {
        long sum = base;
        for (int w : magicWeights) {
            sum += w;
        }
        for (int w : suffixWeights) {
            sum += w;
        }
        return (int) Math.min(sum, Integer.MAX_VALUE);
    }

    private Clues withBase(int newBase) {
        return new Clues(newBase, offsets, magics, magicWeights, suffixes, suffixWeights);
    }

    private static void checkWeight(int weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("negative weight " + weight);
        }
    }
}
