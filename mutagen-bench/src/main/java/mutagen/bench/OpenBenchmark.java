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
 * value ({@link Touch}); from a path, and from a {@code byte[]} already in memory.
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

    /** Creates the state; JMH does. */
    public OpenBenchmark() {
    }

    /** Reads the file into memory for {@link #openBytes()}. */
    @Setup
    public void setUp() throws IOException {
        path = Path.of(file);
        data = Files.readAllBytes(path);
        name = path.getFileName().toString();
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
}
