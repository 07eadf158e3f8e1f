// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Options;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading every file of one format family from memory, one file per call in turn: {@code File.open(bytes, name)}
 * with detection, then {@link Touch}, as {@code bench/compare}'s {@code ours-bytes}. The score is the mean µs per
 * file of the family (each file weighs the same, as the compare table's mean over a format's files).
 *
 * <p>{@code family} names a row of {@link #FAMILIES} (the kinds, {@code FileType} class names, it gathers) or else
 * one kind. The files are the readable files of the benchmark folders ({@link BenchFiles}) of those kinds; a family
 * with none (its format not built) fails its setup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FamilyBenchmark {
    /** The families, by name: the kinds each gathers. */
    static final Map<String, Set<String>> FAMILIES = Map.ofEntries(
            Map.entry("MP3", Set.of("MP3")),
            Map.entry("FLAC", Set.of("FLAC")),
            Map.entry("OggVorbis", Set.of("OggVorbis")),
            Map.entry("OggOpus", Set.of("OggOpus")),
            Map.entry("MP4", Set.of("MP4")),
            Map.entry("APEv2", Set.of("APEv2File", "WavPack", "Musepack", "MonkeysAudio", "OptimFROG", "TAK",
                    "TrueAudio")),
            Map.entry("Chunked", Set.of("WAVE", "AIFF", "DSF", "DSDIFF")),
            Map.entry("ASF", Set.of("ASF")),
            Map.entry("AAC", Set.of("AAC")),
            Map.entry("AC3", Set.of("AC3")),
            Map.entry("SMF", Set.of("SMF")));

    /** The family (a key of {@link #FAMILIES}) or a single kind. */
    @Param({"MP3", "FLAC", "OggVorbis", "OggOpus", "MP4", "APEv2", "Chunked", "ASF", "AAC", "AC3", "SMF"})
    public String family;

    private final Options options = Options.defaults();
    private byte[][] data;
    private String[] names;
    private int next;

    /** Creates the state; JMH does. */
    public FamilyBenchmark() {
    }

    /** Reads the family's files into memory. */
    @Setup
    public void setUp() throws IOException {
        Set<String> kinds = FAMILIES.getOrDefault(family, Set.of(family));
        BenchFiles.Selection sel = BenchFiles.Selection.fromSystemProperties();
        List<Path> files = BenchFiles.readable(new BenchFiles.Selection(sel.dirs(), sel.exts(),
                new LinkedHashSet<>(kinds)));
        if (files.isEmpty()) {
            throw new IllegalStateException("no readable file of " + family + " " + kinds + " in " + sel.dirs());
        }
        data = new byte[files.size()][];
        names = new String[files.size()];
        for (int i = 0; i < files.size(); i++) {
            data[i] = Files.readAllBytes(files.get(i));
            names[i] = files.get(i).getFileName().toString();
        }
        next = 0;
    }

    /** The names of the files read in turn. */
    List<String> names() {
        return Arrays.asList(names);
    }

    /** The next file of the family: {@code File.open(bytes, name, options)} + info + every tag value. */
    @Benchmark
    public long openBytes() throws IOException {
        int i = next;
        next = i + 1 == data.length ? 0 : i + 1;
        FileType f = File.open(data[i], names[i], options)
                .orElseThrow(() -> new MutagenError("unsupported: " + names[i]));
        return Touch.file(f);
    }
}
