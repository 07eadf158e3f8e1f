// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Providers;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancellation, the bounded window, progress events, and the shared registries under concurrent use. */
class ScanControlTest {

    /**
     * {@code count} hard links to a corpus MP3 in {@code dir} (cheap: no data is copied), a new copy every 50,000
     * links (ext4 allows 65,000 links to a file); the copies are named {@code source*.bin}.
     */
    static Path links(Path dir, int count) throws IOException {
        Path source = null;
        for (int i = 0; i < count; i++) {
            if (i % 50_000 == 0) {
                String name = i == 0 ? "source.bin" : "source" + i + ".bin";
                source = Files.copy(TestFiles.corpus("silence-44-s.mp3"), dir.resolve(name));
            }
            Files.createLink(dir.resolve(String.format("f%06d.mp3", i)), source);
        }
        return dir;
    }

    /** Threads reading for a scan now (an idle reader thread, kept for the next scan, is not one). */
    static long readerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().matches("mutagen-scan-\\d+-reader-\\d+") && t.isAlive()).count();
    }

    @Test
    void cancellationStopsTheWalkAndTheReaders(@TempDir Path dir) throws Exception {
        links(dir, 3000);
        Scan scan = Scanner.of(dir).withThreads(2).withExtensions("mp3").start();
        int taken = 0;
        while (taken < 10 && scan.hasNext()) {
            scan.next();
            taken++;
        }
        scan.cancel();
        assertTrue(scan.isCancelled());
        assertFalse(scan.hasNext());
        ScanProgress p = scan.progress();
        assertTrue(p.finished());
        assertTrue(p.done() < 3000, "read after cancel: " + p.done());
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (readerThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, readerThreads(), "scan threads still alive");
        long done = scan.progress().done();
        Thread.sleep(200);
        assertEquals(done, scan.progress().done(), "files still read after cancel");
    }

    @Test
    void closingTheStreamCancels(@TempDir Path dir) throws Exception {
        links(dir, 1000);
        long seen;
        try (Stream<ScanResult> s = Scanner.of(dir).withThreads(2).withExtensions("mp3").stream()) {
            seen = s.limit(5).count();
        }
        assertEquals(5, seen);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (readerThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, readerThreads());
    }

    @Test
    void aCancelFromAnotherThreadWakesTheConsumer(@TempDir Path dir) throws Exception {
        links(dir, 500);
        // A list that never ends: the walk waits for the window, the consumer waits for results.
        Iterable<Path> endless = () -> Stream.generate(() -> dir.resolve("f000001.mp3")).iterator();
        Scan scan = Scanner.ofPaths(endless).withThreads(2).withWindow(8).start();
        CountDownLatch consumed = new CountDownLatch(20);
        Thread consumer = new Thread(() -> {
            while (scan.hasNext()) {
                scan.next();
                consumed.countDown();
            }
        });
        consumer.start();
        consumed.await();
        scan.cancel();
        consumer.join(2000);
        assertFalse(consumer.isAlive(), "consumer still waiting after cancel");
    }

    @Test
    void aSlowWalkStillFeedsTheReaders(@TempDir Path dir) throws Exception {
        links(dir, 10);
        // Ten files, 50 ms apart: fewer than a batch, so only the wait limit hands them over before the walk ends.
        Iterable<Path> slow = () -> java.util.stream.IntStream.range(0, 10).mapToObj(i -> {
            sleepQuietly(50);
            return dir.resolve(String.format("f%06d.mp3", i));
        }).iterator();
        try (Scan scan = Scanner.ofPaths(slow).withThreads(2).start()) {
            assertTrue(scan.hasNext());
            assertEquals(dir.resolve("f000000.mp3"), scan.next().path());
            assertFalse(scan.progress().walkFinished(), "the first result came only after the whole walk");
            int n = 1;
            while (scan.hasNext()) {
                scan.next();
                n++;
            }
            assertEquals(10, n);
        }
    }

    @Test
    void aScanOfNThreadsRunsOnNThreads(@TempDir Path dir) throws Exception {
        links(dir, 600);
        String consumer = Thread.currentThread().getName();
        for (int threads = 1; threads <= 3; threads++) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (readerThreads() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20); // the threads of earlier scans (this class's tests) have ended
            }
            // The consumer is one of the readers and the scan starts threads - 1 more; the walk has no thread of its
            // own: the readers walk in turn (and the walk's order is kept).
            java.util.Set<String> readers = new java.util.TreeSet<>();
            long most = 0;
            int n = 0;
            try (java.util.stream.Stream<String> s = Scanner.of(dir).withThreads(threads).withWindow(16 * threads)
                    .withExtensions("mp3").map(r -> Thread.currentThread().getName() + "|" + r.path())) {
                for (java.util.Iterator<String> it = s.iterator(); it.hasNext();) {
                    String[] m = it.next().split("\\|", 2);
                    assertEquals(dir.resolve(String.format("f%06d.mp3", n)).toString(), m[1]);
                    readers.add(m[0]);
                    if (n++ % 20 == 0) {
                        most = Math.max(most, readerThreads());
                    }
                }
            }
            assertEquals(600, n);
            assertTrue(most <= threads - 1, threads + " threads asked, " + most + " scan threads seen");
            for (String r : readers) {
                assertTrue(r.equals(consumer) || r.matches("mutagen-scan-\\d+-reader-[1-" + Math.max(1, threads - 1)
                        + "]") && threads > 1, threads + " threads asked, read on " + readers);
            }
            if (threads == 1) {
                assertEquals(java.util.Set.of(consumer), readers);
            }
            assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().endsWith("-walker")));
        }
    }

    @Test
    void aWalkThatBreaksEndsTheScanWithWhatItFound(@TempDir Path dir) throws Exception {
        links(dir, 3);
        // A list that fails with an Error (not an exception the walk reports as a result) after three files.
        Iterable<Path> breaking = () -> new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Path next() {
                if (i == 3) {
                    throw new AssertionError("the list broke");
                }
                return dir.resolve(String.format("f%06d.mp3", i++));
            }
        };
        List<ScanResult> got = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Scanner.ofPaths(breaking).withThreads(2).stream().collect(java.util.stream.Collectors.toList()));
        assertEquals(3, got.size());
        assertTrue(got.stream().allMatch(ScanResult::loaded), got.toString());
    }

    @Test
    void theWindowBoundsFilesInFlight(@TempDir Path dir) throws Exception {
        links(dir, 400);
        try (Scan scan = Scanner.of(dir).withThreads(2).withWindow(16).withExtensions("mp3").start()) {
            int n = 0;
            while (scan.hasNext()) {
                scan.next();
                if (n++ % 50 == 0) {
                    Thread.sleep(20); // a slow consumer: the walk must wait, not queue everything
                }
            }
            assertEquals(400, n);
            assertTrue(scan.peakInFlight() <= 16, "peak " + scan.peakInFlight());
            assertTrue(scan.peakInFlight() >= 2, "peak " + scan.peakInFlight());
        }
    }

    @Test
    void progressEventsCountFilesBytesAndFailures(@TempDir Path dir) throws Exception {
        links(dir, 300);
        Files.write(dir.resolve("zz-bad.mp3"), new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 9});
        List<ScanProgress> events = Collections.synchronizedList(new ArrayList<>());
        long size = Files.size(dir.resolve("source.bin"));
        ScanProgress end = Scanner.of(dir).withThreads(2).withExtensions("mp3")
                .withProgress(events::add, Duration.ofMillis(1)).forEach(r -> sleepQuietly(0));
        ScanProgress last = events.get(events.size() - 1);
        assertTrue(last.finished());
        assertEquals(301, last.found());
        assertEquals(301, last.done());
        assertEquals(1, last.failed());
        assertEquals(300 * size + 10, last.bytes());
        for (ScanProgress e : events) {
            if (!e.walkFinished()) {
                assertEquals(-1, e.etaSeconds(), 0.0, "an ETA before the total is known");
            }
        }
        assertTrue(events.size() > 2, "events: " + events.size());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).done() >= events.get(i - 1).done(), "done went back");
        }
        assertEquals(301, end.done());
        assertTrue(last.filesPerSecond() > 0 && last.bytesPerSecond() > 0);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis, millis == 0 ? 200_000 : 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void registryAndReadersUnderConcurrentUse() throws Exception {
        List<Path> files = TestFiles.allCorpusFiles();
        int threads = 8;
        AtomicInteger mismatches = new AtomicInteger();
        List<String> expected = new ArrayList<>();
        for (Path p : files) {
            expected.add(ScanOutput.jsonLine(Scanner.read(0, p, 0, Options.defaults())));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread th = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < files.size(); i++) {
                    int k = (i + offset * 13) % files.size();
                    if (Providers.installed().size() < 20) {
                        mismatches.incrementAndGet();
                    }
                    Options o = Options.defaults().withKinds("MP3", "FLAC", "OggVorbis", "MP4", "ASF");
                    if (o.providers().size() != 5) {
                        mismatches.incrementAndGet();
                    }
                    String got = ScanOutput.jsonLine(Scanner.read(0, files.get(k), 0, Options.defaults()));
                    if (!got.equals(expected.get(k))) {
                        mismatches.incrementAndGet();
                    }
                }
            });
            th.start();
            ts.add(th);
        }
        go.countDown();
        for (Thread th : ts) {
            th.join();
        }
        assertEquals(0, mismatches.get());
        FileType mp3 = mutagen.File.open(TestFiles.corpus("silence-44-s.mp3")).orElseThrow();
        assertEquals("MP3", mp3.getClass().getSimpleName());
    }
}
