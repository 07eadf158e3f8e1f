// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import mutagen.FileType;
import mutagen.Options;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/**
 * {@link Clues} and the choice that skips providers by them: the same provider as scoring all, with fewer scores;
 * providers without clues, with failing clues or scores, ties by name and list order, and lists past 64 providers.
 */
class ChooserTest {
    /** A provider with a score function and optional clues, counting its scores. */
    private static final class Fake implements FormatProvider {
        private final String kind;
        private final Clues clues;
        private final ToIntFunction<ProbeInput> score;
        int scored;

        Fake(String kind, Clues clues, ToIntFunction<ProbeInput> score) {
            this.kind = kind;
            this.clues = clues;
            this.score = score;
        }

        @Override
        public String kindName() {
            return kind;
        }

        @Override
        public Clues clues() {
            if (kind.startsWith("Broken")) {
                throw new IllegalStateException("clues fail");
            }
            return clues;
        }

        @Override
        public int score(ProbeInput input) throws IOException {
            scored++;
            int s = score.applyAsInt(input);
            if (s < 0) {
                throw new IOException("a failed score is no match");
            }
            return s;
        }

        @Override
        public FileType open(FileSource source, Options options) {
            throw new UnsupportedOperationException();
        }
    }

    private static final byte[] ABCD = Bytes.ascii("ABCD");
    private static final byte[] WXYZ = Bytes.ascii("WXYZ");

    private static Fake exact(String kind, Clues clues) {
        return new Fake(kind, clues, clues::matched);
    }

    private static ProbeInput probe(String data, String name) {
        return ProbeInput.of(FileSource.of(Bytes.ascii(data), name));
    }

    private static FormatProvider both(List<? extends FormatProvider> providers, ProbeInput input) {
        Options options = Options.defaults().withProviders(providers);
        FormatProvider all = Chooser.scoreAll(input, options);
        assertSame(all, Providers.choose(input, options));
        return all;
    }

    @Test
    void cluesSumWhatHolds() {
        Clues c = Clues.upTo(1).magic(0, ABCD, 2).magic(8, WXYZ, 1).suffix(".abc", 3).suffix("", 4).magic(5,
                new byte[0], 5);
        assertEquals(1 + 4 + 5, c.base);
        assertEquals(1 + 2 + 1 + 3 + 4 + 5, c.max());
        assertEquals(2 + 1 + 3, c.matched(probe("ABCD....WXYZ", "x.ABC")));
        assertEquals(0, c.matched(probe("ABC", "abc")));
        assertThrows(IllegalArgumentException.class, () -> Clues.upTo(-1));
        assertThrows(IllegalArgumentException.class, () -> Clues.upTo(0).magic(ProbeInput.HEADER_SIZE, ABCD, 1));
        assertThrows(IllegalArgumentException.class, () -> Clues.upTo(0).suffix(".a", -1));
    }

    @Test
    void skipsWhatCannotWinAndChoosesAsScoringAll() {
        Fake abcd = exact("Abcd", Clues.upTo(0).magic(0, ABCD, 2).suffix(".abc", 1));
        Fake wxyz = exact("Wxyz", Clues.upTo(0).magic(8, WXYZ, 1).suffix(".wxyz", 1));
        Fake anywhere = new Fake("Anywhere", Clues.upTo(1), in -> in.headerContains(WXYZ) ? 1 : 0);
        Fake undeclared = new Fake("Undeclared", null, in -> in.fileName().equals("u") ? 9 : 0);
        List<Fake> all = List.of(abcd, wxyz, anywhere, undeclared);
        assertSame(abcd, both(all, probe("ABCD", "x.abc")));
        all.forEach(f -> f.scored = 0);
        Providers.choose(probe("ABCD", "x.abc"), Options.defaults().withProviders(all));
        // Abcd (3) then Undeclared (always); Wxyz's and Anywhere's clues cannot reach 3.
        assertEquals(List.of(1, 0, 0, 1), all.stream().map(f -> f.scored).toList());
        assertSame(undeclared, both(all, probe("ABCD", "u")));
        // Anywhere's 1 (its base) ties Wxyz's 1: the higher name, Wxyz, wins.
        assertSame(wxyz, both(all, probe("....ABCDWXYZ", "")));
        assertSame(anywhere, both(all, probe(".WXYZ", "")));
        assertNull(both(all, probe("", "")));
        assertNull(both(List.of(), probe("ABCD", "x.abc")));
    }

    @Test
    void tiesGoToTheHigherNameThenTheEarlierProvider() {
        Fake first = exact("Same", Clues.upTo(0).magic(0, ABCD, 1));
        Fake second = exact("Same", Clues.upTo(0).suffix(".abc", 5));
        Fake lower = exact("Other", Clues.upTo(0).magic(0, ABCD, 1));
        // second is ranked first (higher bound) but scores 0; first and lower tie at 1: "Same" > "Other".
        assertSame(first, both(List.of(lower, first, second), probe("ABCD", "")));
        Fake twin = exact("Same", Clues.upTo(0).magic(0, ABCD, 1));
        assertSame(twin, both(List.of(lower, twin, first), probe("ABCD", "")));
        assertSame(first, both(List.of(first, twin), probe("ABCD", "")));
    }

    @Test
    void failingCluesOrScoresAndLongLists() {
        Fake broken = new Fake("Broken", Clues.upTo(0), in -> 2);
        Fake failing = new Fake("Zfailing", Clues.upTo(5), in -> -1);
        Fake abcd = exact("Abcd", Clues.upTo(0).magic(0, ABCD, 1));
        // Failing clues: always scored; a failing score: no match.
        assertSame(broken, both(List.of(abcd, failing, broken), probe("ABCD", "")));
        assertSame(abcd, both(List.of(abcd, failing), probe("ABCD", "")));
        List<Fake> many = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            many.add(exact(String.format("K%02d", i), Clues.upTo(0).magic(0, new byte[] {(byte) i}, 1 + i % 3)));
        }
        // Past 64 providers every one is scored: the choice stays that of scoring all.
        assertSame(many.get(68), both(many, ProbeInput.of(FileSource.of(new byte[] {68}, ""))));
        assertSame(many.get(5), both(many, ProbeInput.of(FileSource.of(new byte[] {5, 1}, ""))));
    }

    @Test
    void nonAsciiNamesLowerCaseAsPythonDoes() {
        Fake tak = exact("Tak", Clues.upTo(0).suffix(".tak", 1));
        // U+212A KELVIN SIGN lower-cases to 'k': the name's last character is not ASCII, every suffix is compared.
        assertSame(tak, both(List.of(tak), probe("", "a.ta\u212A")));
        assertSame(tak, both(List.of(tak), probe("", "\u00e9t\u00e9.TAK")));
        assertNull(both(List.of(tak), probe("", "a.tak\u00e9")));
    }
}
