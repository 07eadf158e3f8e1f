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
 * holds its lock around each batch of steps, which also publishes this state to the next thread).
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

    private final Iterable<Path> sourceList;
    private final Set<String> extensions;
    private final boolean followLinks;
    private final LinkOption[] linkOptions;
    private final Deque<Level> stack = new ArrayDeque<>();
    private Iterator<Path> sources; // made at the first step, so that the caller's iterable is iterated on a scan thread
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

    /**
     * Walks on until it has given the sink one file or one error; answers false, giving nothing, once the walk is
     * over. A failure of the caller's list of paths is given as an error about the empty path, and ends the walk.
     */
    boolean step(Sink sink) {
        while (!over) {
            Level level = stack.peek();
            if (level != null) {
                if (!level.entries().hasNext()) {
                    stack.pop();
                } else if (visit(level.entries().next(), false, sink)) {
                    return true;
                }
                continue;
            }
            Path source;
            try {
                if (sources == null) {
                    sources = sourceList.iterator();
                }
                source = sources.hasNext() ? sources.next() : null;
            } catch (RuntimeException e) {
                // The caller's list of paths failed: reported as a result, the files already found still come.
                over = true;
                sink.error(Path.of(""), error(Path.of(""), e));
                return true;
            }
            if (source == null) {
                over = true;
            } else if (visit(source, true, sink)) {
                // A source named explicitly is always followed (as find and ls do with a link given as argument), and
                // read whatever its extension.
                return true;
            }
        }
        return false;
    }

    /** One folder's sorted entries still to visit, and the identity of the folder (for loops through links). */
    private record Level(Iterator<Path> entries, Object key) {
    }

    /**
     * Looks at one path (a source: links followed, any extension): a folder is opened (its entries come next), a file
     * or an error goes to the sink (true).
     */
    private boolean visit(Path entry, boolean source, Sink sink) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(entry, BasicFileAttributes.class, source ? FOLLOW : linkOptions);
        } catch (IOException | RuntimeException e) {
            sink.error(entry, error(entry, e));
            return true;
        }
        if (attrs.isDirectory()) {
            Object key = attrs.fileKey();
            if (!source && followLinks && key != null && stack.stream().anyMatch(l -> key.equals(l.key()))) {
                sink.error(entry, error(entry, new FileSystemLoopException(entry.toString())));
                return true;
            }
            return open(entry, attrs, sink);
        }
        if (attrs.isRegularFile() && (source || accepts(entry))) {
            sink.file(entry, attrs.size());
            return true;
        }
        return false;
    }

    /** Pushes a folder's sorted entries; answers true when it could not be listed (the error went to the sink). */
    private boolean open(Path dir, BasicFileAttributes attrs, Sink sink) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                entries.add(p);
            }
        } catch (IOException | RuntimeException e) {
            sink.error(dir, error(dir, e));
            return true;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        stack.push(new Level(entries.iterator(), attrs.fileKey()));
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
