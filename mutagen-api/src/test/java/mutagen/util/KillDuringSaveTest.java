// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that must move data, killed with SIGKILL at random instants in a child JVM: once the next writable open has
 * run, the file is the old one or the new one, byte for byte, and no journal is left.
 *
 * <p>Scaled for the test run ({@code mutagen.killtest.mib}, default 24 MiB; {@code mutagen.killtest.trials}, default
 * 30); the full run's figures are in PROGRESS.md.
 */
class KillDuringSaveTest {
    @TempDir
    Path dir;

    @Test
    void testAKillAtAnyInstantLeavesTheOldOrTheNewFile() throws Exception {
        int size = Integer.getInteger("mutagen.killtest.mib", 24) << 20;
        int trials = Integer.getInteger("mutagen.killtest.trials", 30);
        byte[] old = SaveChild.content(size);
        byte[] neu = InPlaceSaveTest.expected(old, 1000, 5000); // a 4 KB shift: every chunk journals its bytes
        ChildJvm child = new ChildJvm(Files.createDirectory(dir.resolve("jvm")));
        Path work = Files.createDirectory(dir.resolve("work"));
        Path p = work.resolve("song.bin");
        // One uninterrupted save first: how long the commit takes (from the child's "ready" to its exit).
        Files.write(p, old);
        Process whole = child.save(-1, List.of(), p.toString(), "1000", "5000").start();
        java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(whole.getInputStream()));
        assertEquals("ready", lines.readLine());
        long t0 = System.nanoTime();
        assertEquals("saved", lines.readLine());
        assertEquals(0, whole.waitFor());
        long span = System.nanoTime() - t0;
        assertTrue(Arrays.equals(neu, Files.readAllBytes(p)));
        Random random = new Random(20261205);
        int olds = 0;
        int news = 0;
        int recovered = 0;
        for (int t = 0; t < trials; t++) {
            Files.write(p, old);
            Process proc = child.save(-1, List.of(), p.toString(), "1000", "5000").start();
            String ready = new java.io.BufferedReader(new java.io.InputStreamReader(proc.getInputStream())).readLine();
            assertEquals("ready", ready);
            // A kill within the commit (a few past its end, to see the finished case too).
            long delay = (long) (random.nextDouble() * span * 1.1);
            if (!proc.waitFor(delay, TimeUnit.NANOSECONDS)) {
                proc.destroyForcibly(); // SIGKILL
            }
            proc.waitFor();
            if (FileSource.recover(p)) {
                recovered++;
            }
            byte[] now = Files.readAllBytes(p);
            if (Arrays.equals(now, old)) {
                olds++;
            } else if (Arrays.equals(now, neu)) {
                news++;
            } else {
                fail("trial " + t + " (kill after " + delay / 1000 + " us) left a file that is neither old nor new");
            }
            try (Stream<Path> left = Files.list(work)) {
                assertEquals(List.of(p), left.toList(), "trial " + t + " left a file behind");
            }
        }
        System.out.printf("kill test: %d trials on %d MiB, commit %.0f ms: %d old, %d new, %d recovered from a journal%n",
                trials, size >> 20, span / 1e6, olds, news, recovered);
        assertEquals(trials, olds + news);
    }
}
