// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mutagen.FileType;
import mutagen.Options;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;

/**
 * The inputs on which detection is checked: every file of the corpus, of {@code test-files/} and of the fuzz inputs
 * under its own, other and no name, truncated (0-10, 128, 129 bytes and the first half), and seeded random bytes,
 * some starting with a provider's magic or with one of its first bytes. Deterministic: the same list on every run.
 *
 * <p>{@link #main} prints each input's non-zero scores per provider, so the scores of two builds can be compared.
 */
final class DetectionInputs {
    /** An input: bytes and a name, and a label for messages. */
    record Input(String label, byte[] data, String name) {
        ProbeInput probe() {
            return ProbeInput.of(FileSource.of(data, name));
        }
    }

    /**
     * Names other than the file's own: every suffix a format scores, in other cases, with non-ASCII characters that
     * lower-case to ASCII (U+212A KELVIN SIGN to 'k', U+0130 to "i" and a combining dot), none, and a dot alone.
     */
    static final List<String> NAMES = List.of("", ".", "x", "a.txt", "song.mp3", "SONG.MP3", "s.Mp2", "s.mpg",
            "s.MPEG", "s.flac", "S.FLAC", "s.oga", "s.ogg", "s.opus", "s.spx", "s.m4a", "s.mp4", "s.aac", "s.ADTS",
            "s.adif", "s.ac3", "s.AC3", "s.eac3", "s.aif", "s.AIFF", "s.aifc", "s.wav", "s.WAVE", "s.dsf", "s.dff",
            "s.DFF", "s.tta", "s.mpc", "s.tak", "s.ta\u212A", "s.ofr", "s.OFS", "s.ape", "s.mid", "s.MIDI",
            "s.m\u0130d", "s.wv", "s.wma", "s.mutex", "s.flac.mp3", "\u00e9t\u00e9.flac", "dir/s.wav", "s.flac\u00e9",
            "\u00c9T\u00c9.FLAC");

    /** Counts the scores asked of a provider. */
    static final class Counting implements FormatProvider {
        private final FormatProvider inner;
        int scored;

        Counting(FormatProvider inner) {
            this.inner = inner;
        }

        @Override
        public String kindName() {
            return inner.kindName();
        }

        @Override
        public Clues clues() {
            return inner.clues();
        }

        @Override
        public int score(ProbeInput input) throws IOException {
            scored++;
            return inner.score(input);
        }

        @Override
        public FileType open(FileSource source, Options options) throws IOException {
            return inner.open(source, options);
        }
    }

    /** The installed providers, each counting its scores. */
    static List<Counting> counting() {
        return Providers.installed().stream().map(Counting::new).toList();
    }

    private DetectionInputs() {
    }

    /** Every input, in a fixed order. */
    static List<Input> all() {
        List<Input> out = new ArrayList<>();
        for (Path p : files()) {
            byte[] data = read(p);
            String own = p.getFileName().toString();
            String label = p.toString();
            out.add(new Input(label, data, own));
            for (String name : NAMES) {
                out.add(new Input(label + " as '" + name + "'", data, name));
            }
            for (int n : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 128, 129, data.length / 2}) {
                if (n <= data.length) {
                    byte[] head = Arrays.copyOf(data, n);
                    out.add(new Input(label + "[:" + n + "]", head, own));
                    out.add(new Input(label + "[:" + n + "] unnamed", head, ""));
                }
            }
        }
        Random random = new Random(20261206);
        for (int i = 0; i < 4000; i++) {
            byte[] data = new byte[random.nextInt(i % 4 == 0 ? 11 : 300)];
            random.nextBytes(data);
            if (i % 3 == 1 && data.length > 0) {
                byte[] magic = MAGICS.get(random.nextInt(MAGICS.size()));
                // Half: the whole magic; half: its first byte only (hits the index, fails the full compare).
                int n = Math.min(data.length, i % 2 == 0 ? magic.length : 1);
                System.arraycopy(magic, 0, data, 0, n);
            }
            if (i % 5 == 2 && data.length > 12) {
                System.arraycopy(ascii("WAVE"), 0, data, 8, 4);
            }
            if (i % 7 == 3 && data.length > 40) {
                byte[] inside = MAGICS.get(random.nextInt(MAGICS.size()));
                System.arraycopy(inside, 0, data, 20, Math.min(inside.length, data.length - 20));
            }
            out.add(new Input("random " + i, data, NAMES.get(random.nextInt(NAMES.size()))));
        }
        return out;
    }

    /** Magics and other marks that scores look for (at the start, at offset 8, anywhere, in the tail). */
    private static final List<byte[]> MAGICS = Stream.of("ID3", "fLaC", "OggS", "RIFF", "FORM", "FRM8", "DSD ",
            "MP+", "MPCK", "tBaK", "OFR", "MAC ", "MThd", "wvpk", "TTA", "ADIF", "ftyp", "mp4", "APETAGEX",
            "\u00ff\u00fb", "\u00ff\u00f2", "\u00ff\u00e0", "\u000b\u0077", "\u0001vorbis", "OpusHead", "Speex   ",
            "\u0080theora", "\u0081theora", "\u007fFLAC", "0&\u00b2u\u008ef\u00cf\u0011\u00a6\u00d9\u0000\u00aa\u0000b"
                    + "\u00cel").map(s -> s.getBytes(StandardCharsets.ISO_8859_1)).collect(Collectors.toList());

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The corpus, the fixtures and the fuzz inputs, sorted. */
    static List<Path> files() {
        List<Path> dirs = List.of(TestFiles.corpusDir(), TestFiles.fixturesDir(), Path.of("src/test/resources"));
        List<Path> out = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints, for each input, its label and every provider's non-zero score (or the error class of a failed score).
     *
     * @param args none
     * @throws IOException never for inputs in memory
     */
    public static void main(String[] args) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Input in : all()) {
            sb.setLength(0);
            sb.append(in.label()).append(':');
            ProbeInput probe = in.probe();
            for (FormatProvider p : Providers.installed()) {
                String score;
                try {
                    int s = p.score(probe);
                    score = s == 0 ? null : Integer.toString(s);
                } catch (IOException | RuntimeException e) {
                    score = e.getClass().getSimpleName();
                }
                if (score != null) {
                    sb.append(' ').append(p.kindName()).append('=').append(score);
                }
            }
            System.out.println(sb);
        }
    }
}
