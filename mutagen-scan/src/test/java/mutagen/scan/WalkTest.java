// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import mutagen.MutagenError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk's looks ahead: the entries a reader looked at outside the scan's lock are what the walk then takes. */
class WalkTest {
    private static final long NO_LIMIT = Long.MAX_VALUE / 2;

    /** What a walk gave: "path size" for a file, "path !" for an error. */
    private static final class Got implements Walk.Sink {
        final List<String> items = new ArrayList<>();

        @Override
        public void file(Path path, long size) {
            items.add(path.getFileName() + " " + size);
        }

        @Override
        public void error(Path path, MutagenError error) {
            items.add(path.getFileName() + " !");
        }
    }

    private static List<String> rest(Walk walk) {
        Got got = new Got();
        while (walk.step(got)) {
            // collect
        }
        return got.items;
    }

    @Test
    void aFolderEntryLookedAtAheadIsTakenAsTheLookFoundIt(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 10; i++) {
            Files.write(dir.resolve("f" + i + ".mp3"), new byte[i + 1]);
        }
        Walk walk = new Walk(List.of(dir), Set.of(), false);
        Got got = new Got();
        assertTrue(walk.step(got)); // opens the folder, gives f0
        assertEquals(List.of("f0.mp3 1"), got.items);
        // Batches of 2: the entries up to two batches ahead of the walk, f1..f4, so that the look is over before a
        // second reader walks to them.
        Walk.Ahead ahead = walk.reserve(2, NO_LIMIT);
        assertNotNull(ahead);
        ahead.look();
        assertNull(walk.reserve(2, NO_LIMIT), "already two batches ahead");
        assertTrue(walk.step(got));
        assertTrue(walk.step(got)); // f1, f2
        Walk.Ahead more = walk.reserve(2, NO_LIMIT); // f5, f6: not f3, f4 again
        assertNotNull(more);
        for (int i = 1; i < 10; i++) {
            Files.write(dir.resolve("f" + i + ".mp3"), new byte[100]); // changed after the look
        }
        // f1..f4 as the look found them; f5 and f6, reserved but not looked at, and f7..f9, not reserved, are looked
        // at by the walk itself.
        assertEquals(List.of("f0.mp3 1", "f1.mp3 2", "f2.mp3 3"), got.items);
        assertEquals(List.of("f3.mp3 4", "f4.mp3 5", "f5.mp3 100", "f6.mp3 100", "f7.mp3 100", "f8.mp3 100",
                "f9.mp3 100"), rest(walk));
    }

    @Test
    void sourcesAreTakenAheadFromTheListOnlyWithinTheTimeLimit(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(Files.write(dir.resolve("s" + i), new byte[i + 1]));
        }
        AtomicInteger taken = new AtomicInteger();
        Iterable<Path> list = () -> files.stream().peek(p -> taken.incrementAndGet()).iterator();
        Walk walk = new Walk(list, Set.of("mp3"), false);
        assertNull(walk.reserve(2, System.nanoTime() - 1), "past the limit: nothing is taken from a slow list");
        assertEquals(0, taken.get());
        Walk.Ahead ahead = walk.reserve(2, NO_LIMIT);
        assertEquals(4, taken.get(), "two batches of 2 ahead");
        assertNull(walk.reserve(2, NO_LIMIT), "already two batches ahead");
        assertEquals(4, taken.get());
        ahead.look();
        Files.delete(files.get(1)); // gone after the look: the walk takes what the look found
        Files.delete(files.get(4)); // gone before any look: the walk's own look reports it
        // Sources are read whatever their extension.
        assertEquals(List.of("s0 1", "s1 2", "s2 3", "s3 4", "s4 !", "s5 6"), rest(walk));
        assertEquals(6, taken.get());
    }
}
