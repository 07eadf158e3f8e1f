// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.spi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import mutagen.Options;

/**
 * Chooses the provider with the highest {@code (score, kind name)} for a list of providers, scoring only those whose
 * {@link Clues} can still beat the best so far: the choice of scoring them all, at a fraction of the calls.
 *
 * <p>Built once per provider list: each provider gets a rank (a bit of a {@code long}), providers without clues first,
 * then by their most reachable score. A probe compares the magics that start with the header's byte at their offset
 * and the suffixes that end with the name's last character; a provider with a clue that holds is "hit" and bounded
 * by all its clues' weights, the others by their base. Hit ranks are scored in rank order, then the others whose
 * base is positive, each only if its bound could beat the best so far. Immutable once built.
 */
final class Chooser {
    /** One bit per provider in a {@code long}: longer lists are scored in full. */
    private static final int MAX_RANKS = Long.SIZE;
    private static final int[] NONE = new int[0];

    private static volatile Chooser last;

    private final List<FormatProvider> providers;
    private final FormatProvider[] byRank;
    private final int[] listIndex;
    private final int[] hitBound;
    private final int[] baseBound;
    /** Ranks whose base is positive, highest base first: scored even when no clue of theirs holds. */
    private final int[] baseOrder;
    private final long always;
    /** Every magic and suffix clue: its provider's rank, and its offset and bytes or its suffix. */
    private final int[] clueRank;
    private final int[] clueOffset;
    private final byte[][] clueMagic;
    private final String[] clueSuffix;
    /** The distinct magic offsets, and for each the magic clues there by their first byte. */
    private final int[] offsets;
    private final int[][][] magicsByFirstByte;
    /** The suffix clues by their last character (ASCII), and all of them (for a name ending in non-ASCII). */
    private final int[][] suffixesByLastChar = new int[128][];
    private final int[] allSuffixes;

    private Chooser(List<FormatProvider> providers) {
        this.providers = providers;
        int n = providers.size();
        Clues[] clues = new Clues[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            clues[i] = cluesOf(providers.get(i));
            order[i] = i;
        }
        // Highest reachable score first (no clues: unbounded), then the higher name: the likely winner is scored
        // first, so that the others' bounds fall below it.
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> clues[i] == null ? Integer.MAX_VALUE : clues[i].max())
                .thenComparing(i -> providers.get(i).kindName()).reversed());
        byRank = new FormatProvider[n];
        listIndex = new int[n];
        hitBound = new int[n];
        baseBound = new int[n];
        List<Integer> ranks = new ArrayList<>();
        List<Integer> clueOffsets = new ArrayList<>();
        List<byte[]> magics = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        long alwaysRanks = 0;
        for (int r = 0; r < n; r++) {
            int i = order[r];
            Clues c = clues[i];
            byRank[r] = providers.get(i);
            listIndex[r] = i;
            if (c == null) {
                alwaysRanks |= 1L << r;
                hitBound[r] = Integer.MAX_VALUE;
                continue;
            }
            hitBound[r] = c.max();
            baseBound[r] = c.base;
            for (int k = 0; k < c.offsets.length; k++) {
                ranks.add(r);
                clueOffsets.add(c.offsets[k]);
                magics.add(c.magics[k]);
                suffixes.add(null);
            }
            for (String suffix : c.suffixes) {
                ranks.add(r);
                clueOffsets.add(-1);
                magics.add(null);
                suffixes.add(suffix);
            }
        }
        always = alwaysRanks;
        clueRank = ranks.stream().mapToInt(Integer::intValue).toArray();
        clueOffset = clueOffsets.stream().mapToInt(Integer::intValue).toArray();
        clueMagic = magics.toArray(new byte[0][]);
        clueSuffix = suffixes.toArray(new String[0]);
        offsets = clueOffsets.stream().filter(o -> o >= 0).distinct().mapToInt(Integer::intValue).toArray();
        magicsByFirstByte = new int[offsets.length][256][];
        for (int k = 0; k < offsets.length; k++) {
            for (int b = 0; b < 256; b++) {
                int offset = offsets[k];
                int first = b;
                magicsByFirstByte[k][b] = clues(q -> clueOffset[q] == offset && (clueMagic[q][0] & 0xFF) == first);
            }
        }
        for (char ch = 0; ch < 128; ch++) {
            char last = ch;
            suffixesByLastChar[ch] = clues(q -> clueSuffix[q] != null
                    && clueSuffix[q].charAt(clueSuffix[q].length() - 1) == last);
        }
        allSuffixes = clues(q -> clueSuffix[q] != null);
        baseOrder = IntStream.range(0, n).boxed().filter(r -> baseBound[r] > 0)
                .sorted(Comparator.comparingInt((Integer r) -> baseBound[r]).reversed()).mapToInt(Integer::intValue)
                .toArray();
    }

    /** A provider's clues; none (always scored) when declaring them fails, as a failed score is no match. */
    private static Clues cluesOf(FormatProvider p) {
        try {
            return p.clues();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private int[] clues(IntPredicate which) {
        int[] found = IntStream.range(0, clueRank.length).filter(which).toArray();
        return found.length == 0 ? NONE : found;
    }

    /** The chooser of a provider list, built once for the installed list and kept for the last other list. */
    static Chooser of(List<FormatProvider> providers) {
        if (providers == Providers.installed()) {
            return Installed.CHOOSER;
        }
        Chooser c = last;
        if (c == null || (c.providers != providers && !c.providers.equals(providers))) {
            // Options keep their list, and equal lists (withKinds per file) share one build.
            c = new Chooser(providers);
            last = c;
        }
        return c;
    }

    /** Built on first use (not in Providers' holder: a provider's clues may load its format's classes). */
    private static final class Installed {
        static final Chooser CHOOSER = new Chooser(Providers.installed());
    }

    /** The ranks with a clue that holds for the input, and those without clues. */
    private long hits(ProbeInput input) {
        long hits = always;
        int length = input.headerLength();
        for (int k = 0; k < offsets.length; k++) {
            if (offsets[k] < length) {
                // Only the magics that start with the byte there can hold: compare those in full.
                for (int q : magicsByFirstByte[k][input.headerByte(offsets[k]) & 0xFF]) {
                    if ((hits & (1L << clueRank[q])) == 0 && input.headerMatchesAt(offsets[k], clueMagic[q])) {
                        hits |= 1L << clueRank[q];
                    }
                }
            }
        }
        String name = input.fileName();
        if (!name.isEmpty()) {
            char last = name.charAt(name.length() - 1);
            // An ASCII last character lower-cases alone; others may lower-case to anything (U+212A to 'k').
            int[] candidates = last >= 128 ? allSuffixes
                    : suffixesByLastChar[last >= 'A' && last <= 'Z' ? last + ('a' - 'A') : last];
            for (int q : candidates) {
                if ((hits & (1L << clueRank[q])) == 0 && input.nameEndsWith(clueSuffix[q])) {
                    hits |= 1L << clueRank[q];
                }
            }
        }
        return hits;
    }

    FormatProvider choose(ProbeInput input, Options options) {
        int n = byRank.length;
        if (n > MAX_RANKS) {
            return scoreAll(input, options);
        }
        long hits = hits(input);
        long pending = hits;
        int nextBase = 0;
        FormatProvider best = null;
        int bestScore = 0;
        String bestName = null;
        int bestIndex = -1;
        while (true) {
            int r;
            int bound;
            if (pending != 0) {
                r = Long.numberOfTrailingZeros(pending);
                pending &= pending - 1;
                bound = hitBound[r];
            } else if (nextBase < baseOrder.length) {
                r = baseOrder[nextBase++];
                if ((hits & (1L << r)) != 0) {
                    continue;
                }
                bound = baseBound[r];
            } else {
                break;
            }
            if (bound <= 0 || bound < bestScore) {
                // Even its highest score cannot beat the best (nor reach 1, which the best needs).
                continue;
            }
            FormatProvider p = byRank[r];
            String name = null;
            if (bound == bestScore) {
                name = p.kindName(options);
                if (!wins(name, listIndex[r], bestName, bestIndex)) {
                    continue;
                }
            }
            int score;
            try {
                score = p.score(input);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (score < bestScore || score <= 0) {
                continue;
            }
            if (name == null) {
                name = p.kindName(options);
            }
            if (score > bestScore || wins(name, listIndex[r], bestName, bestIndex)) {
                best = p;
                bestScore = score;
                bestName = name;
                bestIndex = listIndex[r];
            }
        }
        return best;
    }

    /** Whether a provider ties with the best and wins: the higher name, or the same name earlier in the list. */
    private static boolean wins(String name, int index, String bestName, int bestIndex) {
        if (bestName == null) {
            return true;
        }
        int c = name.compareTo(bestName);
        return c > 0 || (c == 0 && index < bestIndex);
    }

    /**
     * Scores every provider: the choice {@link #choose} must equal (kept for lists too long for its ranks, and for
     * the tests that check the two agree).
     */
    static FormatProvider scoreAll(ProbeInput input, Options options) {
        FormatProvider best = null;
        int bestScore = 0;
        String bestName = null;
        for (FormatProvider p : options.providers()) {
            int score;
            try {
                score = p.score(input);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (score <= 0) {
                // Never chosen: the best must score above 0, so only positive scores need the name's tie-break.
                continue;
            }
            String name = p.kindName(options);
            if (best == null || score > bestScore || (score == bestScore && name.compareTo(bestName) > 0)) {
                best = p;
                bestScore = score;
                bestName = name;
            }
        }
        return best;
    }
}
