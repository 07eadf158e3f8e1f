// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import mutagen.FileType;
import mutagen.Options;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/**
 * Detection that skips providers by their {@link Clues} chooses what scoring every provider chooses
 * ({@link Chooser#scoreAll}), on every input of {@link DetectionInputs}, for the installed providers, their easy
 * names, other orders and subsets, and beside providers that declare no clues or fail; and each provider's declared
 * clues bound its score.
 */
class DetectionSamenessTest {
    private static final List<DetectionInputs.Input> INPUTS = DetectionInputs.all();

    /**
     * No clues (or clues that fail to be made), a score from the input's length and name, ties with real kinds:
     * always scored.
     */
    private static final class Undeclared implements FormatProvider {
        private final String kind;
        private final boolean failingClues;

        Undeclared(String kind, boolean failingClues) {
            this.kind = kind;
            this.failingClues = failingClues;
        }

        @Override
        public Clues clues() {
            if (failingClues) {
                throw new IllegalStateException("clues that fail count as none");
            }
            return null;
        }

        @Override
        public String kindName() {
            return kind;
        }

        @Override
        public int score(ProbeInput input) throws IOException {
            int s = (int) (input.size() % 5) - 1 + (input.nameEndsWith(".flac") ? 3 : 0);
            if (s == 2 && input.fileName().isEmpty()) {
                throw new IOException("a failed score counts as no match");
            }
            return s;
        }

        @Override
        public FileType open(FileSource source, Options options) {
            throw new UnsupportedOperationException();
        }
    }

    private static List<Options> optionSets() {
        List<FormatProvider> installed = Providers.installed();
        List<FormatProvider> reversed = new ArrayList<>(installed);
        Collections.reverse(reversed);
        Set<String> winners = Set.of("MP3", "FLAC", "WAVE", "AIFF", "OggTheora", "MP4", "ID3FileType");
        List<FormatProvider> losers = installed.stream().filter(p -> !winners.contains(p.kindName())).toList();
        List<FormatProvider> mixed = new ArrayList<>(installed);
        // Ties by name: "FLAC" against the real FLAC (the earlier in the list wins), "MP4" and "OggVorbis" too.
        mixed.add(0, new Undeclared("FLAC", false));
        mixed.add(new Undeclared("MP4", true));
        mixed.add(new Undeclared("OggVorbis", false));
        Options defaults = Options.defaults();
        return List.of(defaults, defaults.withEasy(true), defaults.withProviders(reversed),
                defaults.withProviders(losers), defaults.withProviders(mixed),
                defaults.withEasy(true).withProviders(mixed), defaults.withProviders(List.of()),
                defaults.withKinds("APEv2File", "AAC", "MP4"));
    }

    @Test
    void choosesWhatScoringEveryProviderChooses() {
        assertEquals(24, Providers.installed().size(), "every format module is on the fuzz module's class path");
        assertTrue(INPUTS.size() > 20_000, "corpus, fixtures, fuzz inputs and their variants: " + INPUTS.size());
        int chosen = 0;
        for (Options options : optionSets()) {
            for (DetectionInputs.Input in : INPUTS) {
                FormatProvider expected = Chooser.scoreAll(in.probe(), options);
                FormatProvider actual = Providers.choose(in.probe(), options);
                if (expected != actual) {
                    throw new AssertionError(in.label() + " with " + options.providers().size() + " providers, easy="
                            + options.easy() + ": expected " + kind(expected) + ", chose " + kind(actual));
                }
                chosen += expected != null ? 1 : 0;
            }
        }
        assertTrue(chosen > 100_000, "most inputs match a format: " + chosen);
    }

    @Test
    void eachProvidersCluesBoundItsScore() throws IOException {
        for (DetectionInputs.Input in : INPUTS) {
            ProbeInput probe = in.probe();
            for (FormatProvider p : Providers.installed()) {
                Clues c = p.clues();
                assertTrue(c != null, p.kindName() + " declares its clues");
                int score;
                try {
                    score = p.score(probe);
                } catch (IOException | RuntimeException e) {
                    continue;
                }
                int bound = c.base + c.matched(probe);
                if (score > bound) {
                    throw new AssertionError(p.kindName() + " scores " + score + " above its clues' " + bound
                            + " on " + in.label());
                }
            }
        }
    }

    private static int scoredFor(byte[] data, String name) {
        List<DetectionInputs.Counting> counting = DetectionInputs.counting();
        FormatProvider best = Providers.choose(ProbeInput.of(FileSource.of(data, name)),
                Options.defaults().withProviders(counting));
        assertTrue(best != null, name);
        return counting.stream().mapToInt(c -> c.scored).sum();
    }

    @Test
    void scoresOnlyTheProvidersThatCanWin() {
        byte[] flac = {'f', 'L', 'a', 'C', 0, 0, 0, 34};
        // FLAC alone: 4 beats MP4's and APEv2File's bases, and no other clue holds (".aifc", ".mpc" and ".aac" end
        // as ".flac" does).
        assertEquals(1, scoredFor(flac, "a.flac"));
        // Unnamed, FLAC's 1 leaves MP4 (2), AAC and APEv2File (1, below "FLAC" by name) to score: MP4 only.
        assertEquals(2, scoredFor(flac, ""));
        byte[] id3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};
        // MP3 (3), then TrueAudio (up to 4 once its ID3 magic holds); AC3's ".ac3" (ending as ".mp3" does) does not
        // hold, and ID3FileType, MP4, AAC, APEv2File cannot reach 3.
        assertEquals(2, scoredFor(id3, "a.mp3"));
        assertSame(Providers.byKind("MP3"), Providers.choose(ProbeInput.of(FileSource.of(id3, "a.mp3")),
                Options.defaults()));
    }

    private static String kind(FormatProvider p) {
        return p == null ? "none" : p.kindName();
    }
}
