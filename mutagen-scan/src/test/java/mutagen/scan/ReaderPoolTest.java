// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader threads kept between scans: reused, named while they read, with the scan starter's class loader. */
class ReaderPoolTest {

    /** The threads other than the caller's that read for a 2-thread scan of {@code dir}, each with its loader. */
    private static List<Thread> readersOf(Path dir, ClassLoader[] loaderSeen) {
        Thread consumer = Thread.currentThread();
        try (Stream<Thread> s = Scanner.of(dir).withThreads(2).withWindow(8).withExtensions("mp3").map(r -> {
            Thread t = Thread.currentThread();
            if (t == consumer) {
                sleep(); // a slow consumer: the reader thread reads most files however late it starts
            }
            ClassLoader l = t.getContextClassLoader();
            if (l != loaderSeen[0]) {
                loaderSeen[1] = l; // a reader that ran with another loader than the consumer's
            }
            return t;
        })) {
            return s.filter(t -> t != consumer).distinct().collect(Collectors.toList());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@code t} is idle and waiting for work (its name back to the idle one, parked). */
    private static void awaitIdle(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!(t.getName().startsWith(ReaderPool.IDLE) && t.getState() == Thread.State.TIMED_WAITING)
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(t.getName().startsWith(ReaderPool.IDLE), t.getName());
    }

    @Test
    void aScanAfterAnotherReadsOnTheSameThreadWithTheStartersLoader(@TempDir Path dir) throws Exception {
        ScanControlTest.links(dir, 400);
        ClassLoader saved = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader app = new URLClassLoader(new URL[0], saved)) {
            Thread.currentThread().setContextClassLoader(app);
            ClassLoader[] seen = {app, null};
            List<Thread> first = readersOf(dir, seen);
            assertEquals(1, first.size(), "one reader thread beside the consumer: " + first);
            awaitIdle(first.get(0));
            assertNull(first.get(0).getContextClassLoader(), "an idle reader keeps no application's loader");
            List<Thread> second = readersOf(dir, seen);
            assertEquals(1, second.size());
            assertSame(first.get(0), second.get(0), "the second scan's reader is the first's, kept");
            assertNull(seen[1], "every file was read with the starter's context class loader");
            awaitIdle(second.get(0));
        } finally {
            Thread.currentThread().setContextClassLoader(saved);
        }
    }

    @Test
    void aReaderIsNamedAfterItsScanWhileItReads(@TempDir Path dir) throws Exception {
        ScanControlTest.links(dir, 200);
        Set<String> names;
        Thread consumer = Thread.currentThread();
        try (Stream<String> s = Scanner.of(dir).withThreads(3).withWindow(12).withExtensions("mp3")
                .map(r -> {
                    if (Thread.currentThread() == consumer) {
                        sleep(); // a slow consumer: the reader threads read most files
                        return "consumer";
                    }
                    return Thread.currentThread().getName();
                })) {
            names = s.collect(Collectors.toSet());
        }
        names.remove("consumer");
        assertTrue(!names.isEmpty() && names.stream().allMatch(n -> n.matches("mutagen-scan-\\d+-reader-[12]")),
                names.toString());
    }
}
