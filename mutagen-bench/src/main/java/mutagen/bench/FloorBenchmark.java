// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * The floor: open + read 4 KiB + close from Java, on the same files as {@link OpenBenchmark} (on every candidate file
 * when no installed format reads any).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FloorBenchmark {
    /** The file (set by {@link BenchMain}: the readable files, or every candidate when none is readable). */
    @Param("")
    public String floorFile;

    private Path path;

    /** Creates the state; JMH does. */
    public FloorBenchmark() {
    }

    /** Resolves the path. */
    @Setup
    public void setUp() {
        path = Path.of(floorFile);
    }

    /** Open, read 4 KiB, close. */
    @Benchmark
    public int read4k() throws IOException {
        return Floor.read4k(path);
    }
}
