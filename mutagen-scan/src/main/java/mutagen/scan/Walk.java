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
import java.util.function.BooleanSupplier;
import mutagen.MutagenError;
import mutagen.util.ErrorFactory;

/**
 * The walk of a scan's sources: each path given is a file, or a folder walked depth first with the entries of each
 * folder in name order (a stable order whatever the file system's). Symbolic links are followed or left alone as
 * configured; a folder met again below itself through a link is reported once as an error, not walked. Memory: the
 * sorted entries of the folders on the current path, never the whole tree.
 *
 * <p>Used by one thread (the scan's walker).
 */
final class Walk {
    /** Where the walk sends what it finds. */
    interface Sink {
        /** A file to read, with its size. */
        void file(Path path, long size) throws InterruptedException;

        /** A path the walk could not look at. */
        void error(Path path, MutagenError error) throws InterruptedException;
    }

    private final Set<String> extensions;
    private final boolean followLinks;
    private final LinkOption[] linkOptions;
    private final BooleanSupplier cancelled;

    /**
     * A walk accepting files whose lower-case extension is in {@code extensions} (all files when empty), following
     * links or not, stopping early when {@code cancelled} answers true.
     */
    Walk(Set<String> extensions, boolean followLinks, BooleanSupplier cancelled) {
        this.extensions = extensions;
        this.followLinks = followLinks;
        this.linkOptions = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        this.cancelled = cancelled;
    }

    /** Walks every source in order. */
    void run(Iterable<Path> sources, Sink sink) throws InterruptedException {
        for (Path source : sources) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            BasicFileAttributes attrs;
            try {
                // A source named explicitly is always followed (as find and ls do with a link given as argument).
                attrs = Files.readAttributes(source, BasicFileAttributes.class);
            } catch (IOException | RuntimeException e) {
                sink.error(source, error(source, e));
                continue;
            }
            if (attrs.isDirectory()) {
                walkTree(source, attrs, sink);
            } else if (attrs.isRegularFile()) {
                sink.file(source, attrs.size()); // named explicitly: read whatever its extension
            }
        }
    }

    /** One folder's sorted entries still to visit, and the identity of the folder (for loops through links). */
    private record Level(Iterator<Path> entries, Object key) {
    }

    private void walkTree(Path root, BasicFileAttributes rootAttrs, Sink sink) throws InterruptedException {
        Deque<Level> stack = new ArrayDeque<>();
        Level first = open(root, rootAttrs, sink);
        if (first != null) {
            stack.push(first);
        }
        while (!stack.isEmpty()) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            Level level = stack.peek();
            if (!level.entries().hasNext()) {
                stack.pop();
                continue;
            }
            Path entry = level.entries().next();
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(entry, BasicFileAttributes.class, linkOptions);
            } catch (IOException | RuntimeException e) {
                sink.error(entry, error(entry, e));
                continue;
            }
            if (attrs.isDirectory()) {
                Object key = attrs.fileKey();
                if (followLinks && key != null && stack.stream().anyMatch(l -> key.equals(l.key()))) {
                    sink.error(entry, error(entry, new FileSystemLoopException(entry.toString())));
                    continue;
                }
                Level next = open(entry, attrs, sink);
                if (next != null) {
                    stack.push(next);
                }
            } else if (attrs.isRegularFile() && accepts(entry)) {
                sink.file(entry, attrs.size());
            }
        }
    }

    private Level open(Path dir, BasicFileAttributes attrs, Sink sink) throws InterruptedException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                entries.add(p);
            }
        } catch (IOException | RuntimeException e) {
            sink.error(dir, error(dir, e));
            return null;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return new Level(entries.iterator(), attrs.fileKey());
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
