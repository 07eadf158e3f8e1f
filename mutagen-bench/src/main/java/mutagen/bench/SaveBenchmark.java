// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import mutagen.FileType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving after a one-field edit ({@link Edit}) on a temporary copy.
 *
 * <p>The template is the original with the title saved once, so it carries the format's default padding. Each
 * invocation starts from a fresh copy of the template, loaded outside the timed part; the timed part sets the
 * title and saves. With {@code padding=available} the new title is short and fits in the padding (the save should
 * cost O(tag size)); with {@code padding=none} the new title outgrows any padding mutagen keeps, so the file must
 * be rewritten.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SaveBenchmark {
    /** The file (set by {@link BenchMain} to every file whose edit and save work). */
    @Param("")
    public String saveFile;

    /** Whether the edit fits in the padding ({@code available}) or outgrows it ({@code none}). */
    @Param({"available", "none"})
    public String padding;

    private Path dir;
    private Path template;
    private Path work;
    private String value;
    private FileType loaded;

    /** Creates the state; JMH does. */
    public SaveBenchmark() {
    }

    /** Makes the template in a temporary folder. */
    @Setup(Level.Trial)
    public void setUpTrial() throws IOException {
        Path original = Path.of(saveFile);
        dir = TempDirs.create("mutagen-bench-save");
        template = dir.resolve("template-" + original.getFileName());
        work = dir.resolve("work-" + original.getFileName());
        Edit.makeTemplate(original, template);
        value = switch (padding) {
            case "available" -> "mutagen-bench-edited";
            case "none" -> Edit.outgrowingValue(Files.size(template));
            default -> throw new IllegalArgumentException("padding must be available or none: " + padding);
        };
    }

    /** A fresh copy of the template, loaded (not timed). */
    @Setup(Level.Invocation)
    public void setUpInvocation() throws IOException {
        Files.copy(template, work, StandardCopyOption.REPLACE_EXISTING);
        loaded = Edit.openEasy(work);
    }

    /** Set the title, save. */
    @Benchmark
    public FileType save() throws IOException {
        Edit.setTitle(loaded, value);
        loaded.save();
        return loaded;
    }

    /** Removes the temporary folder. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        TempDirs.deleteTree(dir);
    }
}
