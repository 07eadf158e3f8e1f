// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan of 100,000 small files in a JVM of {@code -Xmx64m}: memory does not grow with the collection. Each result
 * holds a loaded MP3 with its tags and stream info; holding them all would need far more than 64 MiB.
 */
class ScanMemoryTest {
    static final int FILES = 100_000;

    /** The child JVM's body: scans the folder with two threads, prints "results tagged done failed maxHeap". */
    public static void main(String[] args) {
        AtomicLong results = new AtomicLong();
        AtomicLong tagged = new AtomicLong();
        ScanProgress end = Scanner.of(Path.of(args[0])).withThreads(2).withExtensions("mp3").forEach(r -> {
            results.incrementAndGet();
            if (r.loaded() && r.tags() != null && !r.tags().isEmpty()) {
                tagged.incrementAndGet();
            }
        });
        System.out.println(results + " " + tagged + " " + end.done() + " " + end.failed() + " "
                + Runtime.getRuntime().maxMemory());
    }

    /** This JVM's classes as a class path (surefire runs the module's tests on the module path). */
    static String classPath() {
        List<String> parts = new java.util.ArrayList<>();
        for (Class<?> c : List.of(ScanMemoryTest.class, Scanner.class)) {
            parts.add(Path.of(java.net.URI.create(c.getProtectionDomain().getCodeSource().getLocation().toString()))
                    .toString());
        }
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String v = System.getProperty(property);
            if (v != null && !v.isEmpty()) {
                parts.add(v);
            }
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    @Test
    void hundredThousandFilesUnderSixtyFourMegabytes(@TempDir Path dir) throws IOException, InterruptedException {
        ScanControlTest.links(dir, FILES);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx64m", "-XX:+UseSerialGC", "-cp", classPath(),
                ScanMemoryTest.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(10, TimeUnit.MINUTES);
        assertEquals(0, p.exitValue(), out);
        List<String> fields = List.of(out.split(" "));
        assertEquals(List.of("100000", "100000", "100000", "0"), fields.subList(0, 4), out);
        long maxHeap = Long.parseLong(fields.get(4));
        assertEquals(64L << 20, maxHeap, 4L << 20, "child heap");
    }
}
