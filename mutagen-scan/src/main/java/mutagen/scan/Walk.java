// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mutagen.MutagenError;
import mutagen.util.ErrorFactory;

/**
 * The walk of a scan's sources: each path given is a file, or a folder walked depth first with the entries of each
 * folder in name order (a stable order whatever the file system's). Symbolic links are followed or left alone as
 * configured; a folder met again below itself through a link is reported once as an error, not walked. Memory: the
 * sorted entries of the folders on the current path, never the whole tree.
 *
 * <p>Pulled a step at a time ({@link #step(Sink)}) by whichever reader thread needs files, one at a time (the scan
 * holds its lock around each batch of steps, which also publishes this state to the next thread). The one system
 * call per entry (a {@code stat}) need not be made under that lock: a reader may {@link #reserve} the entries the walk
 * comes to next and look at them ({@link Ahead#look()}) outside it, in parallel with the other readers; the walk then
 * takes what the look found (an entry changed between the look and the walk is seen as it was at the look).
 */
final class Walk {
    /** Where the walk sends what it finds. */
    interface Sink {
        /** A file to read, with its size. */
        void file(Path path, long size);

        /** A path the walk could not look at. */
        void error(Path path, MutagenError error);
    }

    private static final LinkOption[] FOLLOW = new LinkOption[0];
    /**
     * How many batches ahead of the walk the entries are looked at: the entries of the batch after next, so that the
     * look is over long before a reader walks to them (one batch ahead, a second reader claiming the next batch at
     * once found 7% of its entries still being looked at, and looked at them again, under the scan's lock).
     */
    private static final int AHEAD = 2;

    private final Iterable<Path> sourceList;
    private final Set<String> extensions;
    private final boolean followLinks;
    private final LinkOption[] linkOptions;
    private final Deque<Level> stack = new ArrayDeque<>();
    private final Deque<Entry> sources = new ArrayDeque<>(); // taken from the caller's list, not walked yet
    private Iterator<Path> sourceIterator; // made at the first step, so that the list is iterated on a scan thread
    private Throwable listFailure; // the caller's list failed, after the sources taken
    private boolean over;

    /**
     * A walk of {@code sources} accepting files whose lower-case extension is in {@code extensions} (all files when
     * empty), following links or not.
     */
    Walk(Iterable<Path> sources, Set<String> extensions, boolean followLinks) {
        this.sourceList = sources;
        this.extensions = extensions;
        this.followLinks = followLinks;
        this.linkOptions = followLinks ? FOLLOW : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    /** A path to visit, and its attributes once a look ahead has found them (written by that reader). */
    private static final class Entry {
        final Path path;
        final boolean source; // named by the caller: links followed, read whatever its extension
        volatile BasicFileAttributes seen;

        Entry(Path path, boolean source) {
            this.path = path;
            this.source = source;
        }
    }

    /** One folder's sorted entries, the next to visit and to reserve, and its identity (for loops through links). */
    private static final class Level {
        final List<Entry> entries;
        final Object key;
        int next;
        int reserved;

        Level(List<Entry> entries, Object key) {
            this.entries = entries;
            this.key = key;
        }
    }

    /** Entries to look at ahead of the walk, outside the scan's lock. */
    final class Ahead {
        private final List<Entry> entries;

        private Ahead(List<Entry> entries) {
            this.entries = entries;
        }

        /** Looks at the entries; a failure is left to the walk, which looks again and reports it. */
        void look() {
            for (Entry e : entries) {
                try {
                    e.seen = attributes(e);
                } catch (IOException | RuntimeException x) {
                    // the walk's own look reports it
                }
            }
        }
    }

    /**
     * Reserves the entries the walk comes to next that no one has reserved, up to {@link #AHEAD} × {@code count}
     * ahead of the walk (of the current folder, or the next sources from the caller's list, taken from it until
     * {@code deadline} of {@link System#nanoTime()}: a slow list still feeds the readers), to be looked at outside the
     * scan's lock; null if none.
     */
    Ahead reserve(int count, long deadline) {
        Level level = stack.peek();
        if (level != null) {
            int from = Math.max(level.reserved, level.next);
            level.reserved = Math.min(level.entries.size(), Math.max(from, level.next + AHEAD * count));
            return from < level.reserved ? new Ahead(level.entries.subList(from, level.reserved)) : null;
        }
        List<Entry> taken = new ArrayList<>(count);
        while (!over && sources.size() < AHEAD * count && System.nanoTime() - deadline < 0 && takeSource()) {
            taken.add(sources.peekLast());
        }
        return taken.isEmpty() ? null : new Ahead(taken);
    }

    /** Takes the next path of the caller's list into {@link #sources}; false at its end or once it failed. */
    private boolean takeSource() {
        if (listFailure != null) {
            return false;
        }
        try {
            if (sourceIterator == null) {
                sourceIterator = sourceList.iterator();
            }
            if (!sourceIterator.hasNext()) {
                return false;
            }
            sources.add(new Entry(sourceIterator.next(), true));
            return true;
        } catch (RuntimeException | Error e) {
            listFailure = e;
            return false;
        }
    }

    /**
     * Walks on until it has given the sink one file or one error; answers false, giving nothing, once the walk is
     * over. A failure of the caller's list of paths is given as an error about the empty path, and ends the walk (an
     * {@link Error} of the list is thrown).
     */
    boolean step(Sink sink) {
        while (!over) {
            Level level = stack.peek();
            Entry entry;
            if (level != null) {
                if (level.next == level.entries.size()) {
                    stack.pop();
                    continue;
                }
                entry = level.entries.get(level.next++);
            } else if (!sources.isEmpty() || takeSource()) {
                entry = sources.poll();
            } else {
                over = true;
                if (listFailure instanceof Error e) {
                    throw e;
                }
                if (listFailure != null) {
                    // The caller's list of paths failed: reported as a result, the files already found still come.
                    sink.error(Path.of(""), error(Path.of(""), (RuntimeException) listFailure));
                    return true;
                }
                return false;
            }
            if (visit(entry, sink)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Looks at one entry (with the attributes a look ahead found, if any): a folder is opened (its entries come next),
     * a file or an error goes to the sink (true). A source named explicitly is always followed (as find and ls do
     * with a link given as argument), and read whatever its extension.
     */
    private boolean visit(Entry entry, Sink sink) {
        Path path = entry.path;
        BasicFileAttributes attrs = entry.seen;
        try {
            if (attrs == null) {
                attrs = attributes(entry);
            }
        } catch (IOException | RuntimeException e) {
            sink.error(path, error(path, e));
            return true;
        }
        if (attrs.isDirectory()) {
            Object key = attrs.fileKey();
            if (!entry.source && followLinks && key != null && stack.stream().anyMatch(l -> key.equals(l.key))) {
                sink.error(path, error(path, new FileSystemLoopException(path.toString())));
                return true;
            }
            return open(path, attrs, sink);
        }
        if (attrs.isRegularFile() && (entry.source || accepts(path))) {
            sink.file(path, attrs.size());
            return true;
        }
        return false;
    }

    /** An entry's attributes: a source's link followed, a folder entry's as configured. */
    private BasicFileAttributes attributes(Entry entry) throws IOException {
        return Files.readAttributes(entry.path, BasicFileAttributes.class, entry.source ? FOLLOW : linkOptions);
    }

    /** Pushes a folder's sorted entries; answers true when it could not be listed (the error went to the sink). */
    private boolean open(Path dir, BasicFileAttributes attrs, Sink sink) {
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                paths.add(p);
            }
        } catch (IOException | RuntimeException e) {
            sink.error(dir, error(dir, e));
            return true;
        }
        paths.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        List<Entry> entries = new ArrayList<>(paths.size());
        for (Path p : paths) {
            entries.add(new Entry(p, false));
        }
        stack.push(new Level(entries, attrs.fileKey()));
        return false;
    }

    private boolean accepts(Path file) {
        if (extensions.isEmpty()) {
            return true;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The walk's failure as a {@link MutagenError} with the path. */
    static MutagenError error(Path path, Exception e) {
        IOException io = e instanceof IOException ? (IOException) e : new IOException(e.toString(), e);
        return ErrorFactory.GENERIC.convert(io).withPath(path);
    }
}
