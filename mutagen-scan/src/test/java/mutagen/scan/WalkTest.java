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
        for (int i = 0; i < 6; i++) {
            Files.write(dir.resolve("f" + i + ".mp3"), new byte[i + 1]);
        }
        Walk walk = new Walk(List.of(dir), Set.of(), false);
        Got got = new Got();
        assertTrue(walk.step(got)); // opens the folder, gives f0
        assertEquals(List.of("f0.mp3 1"), got.items);
        Walk.Ahead ahead = walk.reserve(3, NO_LIMIT); // f1..f3
        assertNotNull(ahead);
        ahead.look();
        Walk.Ahead more = walk.reserve(10, NO_LIMIT); // f4, f5: not f1..f3 again
        assertNotNull(more);
        assertNull(walk.reserve(10, NO_LIMIT), "every entry is reserved");
        for (int i = 1; i < 6; i++) {
            Files.write(dir.resolve("f" + i + ".mp3"), new byte[100]); // changed after the look
        }
        // f1..f3 as the look found them; f4 and f5, reserved but not looked at, are looked at by the walk itself.
        assertEquals(List.of("f1.mp3 2", "f2.mp3 3", "f3.mp3 4", "f4.mp3 100", "f5.mp3 100"), rest(walk));
    }

    @Test
    void sourcesAreTakenAheadFromTheListOnlyWithinTheTimeLimit(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(Files.write(dir.resolve("s" + i), new byte[i + 1]));
        }
        AtomicInteger taken = new AtomicInteger();
        Iterable<Path> list = () -> files.stream().peek(p -> taken.incrementAndGet()).iterator();
        Walk walk = new Walk(list, Set.of("mp3"), false);
        assertNull(walk.reserve(2, System.nanoTime() - 1), "past the limit: nothing is taken from a slow list");
        assertEquals(0, taken.get());
        Walk.Ahead ahead = walk.reserve(2, NO_LIMIT);
        assertEquals(2, taken.get());
        ahead.look();
        Files.delete(files.get(1)); // gone after the look: the walk takes what the look found
        Files.delete(files.get(2)); // gone before any look: the walk's own look reports it
        // Sources are read whatever their extension.
        assertEquals(List.of("s0 1", "s1 2", "s2 !", "s3 4"), rest(walk));
        assertEquals(4, taken.get());
    }
}
