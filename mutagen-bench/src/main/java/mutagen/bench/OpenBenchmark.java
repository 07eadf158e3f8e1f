// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;
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
 * Reading one file: {@code File.open} with format auto-detection, then the stream information and every tag key and
 * value ({@link Touch}); from a path, from a {@code byte[]} already in memory, with the easy variants
 * ({@code EasyID3}, ...), and through the file's format directly (its provider, no detection: {@code new MP3(...)}
 * in format-neutral form).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OpenBenchmark {
    /** The file (set by {@link BenchMain} to every readable file of the selection). */
    @Param("")
    public String file;

    private Path path;
    private byte[] data;
    private String name;
    private final Options options = Options.defaults();
    private final Options easy = Options.defaults().withEasy(true);
    private FormatProvider direct;

    /** Creates the state; JMH does. */
    public OpenBenchmark() {
    }

    /** Reads the file into memory for {@link #openBytes()}. */
    @Setup
    public void setUp() throws IOException {
        path = Path.of(file);
        data = Files.readAllBytes(path);
        name = path.getFileName().toString();
        // The provider that detection picks, chosen once here: openDirect pays for no detection.
        direct = File.choose(ProbeInput.of(FileSource.of(data, name)), options);
        if (direct == null) {
            throw new IllegalStateException("no installed format reads " + path);
        }
    }

    /** {@code File.open(path)} + info + every tag value. */
    @Benchmark
    public long openPath() throws IOException {
        FileType f = File.open(path, options).orElseThrow(() -> new MutagenError("unsupported: " + path));
        return Touch.file(f);
    }

    /** {@code File.open(bytes, name, options)} + info + every tag value. */
    @Benchmark
    public long openBytes() throws IOException {
        FileType f = File.open(data, name, options).orElseThrow(() -> new MutagenError("unsupported: " + path));
        return Touch.file(f);
    }

    /** {@code File.open(path)} with the easy variants ({@code EasyMP3}/{@code EasyID3}, ...) + info + every value. */
    @Benchmark
    public long openEasy() throws IOException {
        FileType f = File.open(path, easy).orElseThrow(() -> new MutagenError("unsupported: " + path));
        return Touch.file(f);
    }

    /** The file's format class directly (its provider, no detection) from the path + info + every tag value. */
    @Benchmark
    public long openDirect() throws IOException {
        try (FileSource source = FileSource.open(path)) {
            return Touch.file(direct.open(source, options));
        }
    }
}
