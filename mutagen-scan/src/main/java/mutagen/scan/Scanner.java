// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * How to scan a collection: the sources (folders walked, files read), the filters, the number of threads, the order
 * of delivery, and the progress listener. Each {@code with...} method answers a new scanner; {@link #start()} runs a
 * {@link Scan}, {@link #stream()} and {@link #forEach(Consumer)} are its two usual forms.
 *
 * <pre>{@code
 * try (Stream<ScanResult> results = Scanner.of(Path.of("/music")).withExtensions("mp3", "flac").stream()) {
 *     results.filter(ScanResult::failed).forEach(r -> System.out.println(r.path() + ": " + r.error()));
 * }
 * }</pre>
 *
 * <p>Memory stays bounded whatever the collection's size: at most {@link #window()} files are between the walk and
 * the consumer at any time, and no result is kept after it has been delivered.
 *
 * <p>Immutable and thread-safe (the progress listener and the sources given are the caller's: an {@link Iterable} of
 * paths is iterated once per scan, on the scan's reader threads, one at a time).
 */
public final class Scanner {
    private final Iterable<Path> sources;
    private final Set<String> extensions;
    private final int threads;
    private final boolean ordered;
    private final boolean followLinks;
    private final boolean includeUnknown;
    private final Options options;
    private final int window;
    private final Consumer<ScanProgress> listener;
    private final Duration interval;

    private Scanner(Iterable<Path> sources, Set<String> extensions, int threads, boolean ordered, boolean followLinks,
            boolean includeUnknown, Options options, int window, Consumer<ScanProgress> listener, Duration interval) {
        this.sources = sources;
        this.extensions = extensions;
        this.threads = threads;
        this.ordered = ordered;
        this.followLinks = followLinks;
        this.includeUnknown = includeUnknown;
        this.options = options;
        this.window = window;
        this.listener = listener;
        this.interval = interval;
    }

    /**
     * A scanner of the given folders and files, with the defaults (see {@link #ofPaths(Iterable)}).
     *
     * @param roots the roots
     * @return a scanner of the given folders and files, with the defaults (see {@link #ofPaths(Iterable)})
     */
    public static Scanner of(Path... roots) {
        return ofPaths(List.of(roots));
    }

    /**
     * A scanner of the given paths, taken in order and lazily (a manifest of 10^8 paths may be an iterable over its
     * lines): a folder is walked, a file is read whatever its extension. Defaults: every extension, one thread per
     * available processor, ordered delivery, links inside folders not followed, files of no known format left out,
     * {@link Options#defaults()}, no progress listener.
     *
     * @param paths the paths
     * @return a scanner of the given paths, taken in order and lazily (a manifest of 10^8 paths may be an iterable over
     *     its lines): a folder is walked, a file is read whatever its extension
     */
    public static Scanner ofPaths(Iterable<Path> paths) {
        int cpus = Runtime.getRuntime().availableProcessors();
        return new Scanner(Objects.requireNonNull(paths), Set.of(), cpus, true, false, false, Options.defaults(),
                defaultWindow(cpus), null, Duration.ofMillis(250));
    }

    private static int defaultWindow(int threads) {
        return Math.max(64, threads * 64);
    }

    /**
     * Only files with one of these extensions (no dot, any case) inside walked folders; none given = every file.
     *
     * @param exts the exts
     * @return the {@code Scanner}
     */
    public Scanner withExtensions(String... exts) {
        Set<String> set = Arrays.stream(exts).map(e -> e.startsWith(".") ? e.substring(1) : e)
                .map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return new Scanner(sources, set, threads, ordered, followLinks, includeUnknown, options, window, listener,
                interval);
    }

    /**
     * The number of reading threads (at least 1): the thread that takes the results, which reads while its next
     * result is not ready, and {@code count - 1} reader threads (shared by the scans running at once and kept idle
     * for 30 s after a scan, so that the next scan finds them running); the window grows with it unless set after.
     *
     * @param count how many
     * @return the number of reading threads (at least 1), the consumer's included; the window grows with it unless set
     *     after
     */
    public Scanner withThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + count);
        }
        return new Scanner(sources, extensions, count, ordered, followLinks, includeUnknown, options,
                Math.max(window, defaultWindow(count)), listener, interval);
    }

    /**
     * Results in walk order ({@code true}, the default) or as they are read ({@code false}).
     *
     * @param inWalkOrder the in walk order
     * @return the {@code Scanner}
     */
    public Scanner withOrdered(boolean inWalkOrder) {
        return new Scanner(sources, extensions, threads, inWalkOrder, followLinks, includeUnknown, options, window,
                listener, interval);
    }

    /**
     * Whether symbolic links inside walked folders are followed (default no: they are left out).
     *
     * @param follow the follow
     * @return whether symbolic links inside walked folders are followed (default no: they are left out)
     */
    public Scanner withFollowLinks(boolean follow) {
        return new Scanner(sources, extensions, threads, ordered, follow, includeUnknown, options, window, listener,
                interval);
    }

    /**
     * Whether files of no known format are results too (kind {@code null}, no file, no error); by default they are
     * filtered out (counted in {@link ScanProgress#unknown()} only).
     *
     * @param include the include
     * @return whether files of no known format are results too (kind {@code null}, no file, no error); by default they
     *     are filtered out (counted in {@link ScanProgress#unknown()} only)
     */
    public Scanner withUnknown(boolean include) {
        return new Scanner(sources, extensions, threads, ordered, followLinks, include, options, window, listener,
                interval);
    }

    /**
     * The options each file is opened with (formats to consider, easy variants).
     *
     * @param openOptions the open options
     * @return the options each file is opened with (formats to consider, easy variants)
     */
    public Scanner withOptions(Options openOptions) {
        return new Scanner(sources, extensions, threads, ordered, followLinks, includeUnknown,
                Objects.requireNonNull(openOptions), window, listener, interval);
    }

    /**
     * These options with easy variants wanted or not: the tags then have the easy keys.
     *
     * @param easy the easy
     * @return these options with easy variants wanted or not: the tags then have the easy keys
     */
    public Scanner withEasy(boolean easy) {
        return withOptions(options.withEasy(easy));
    }

    /**
     * The most files between the walk and the consumer at once (at least the thread count).
     *
     * @param files the files
     * @return the most files between the walk and the consumer at once (at least the thread count)
     */
    public Scanner withWindow(int files) {
        if (files < threads) {
            throw new IllegalArgumentException("window " + files + " is below the thread count " + threads);
        }
        return new Scanner(sources, extensions, threads, ordered, followLinks, includeUnknown, options, files,
                listener, interval);
    }

    /**
     * A listener told the progress every {@code every} from a scan thread, and once more at the end (with
     * {@link ScanProgress#finished()} set) from the thread that consumed the last result or cancelled. Calls never
     * overlap.
     *
     * @param progressListener the progress listener
     * @param every the every
     * @return a listener told the progress every {@code every} from a scan thread, and once more at the end (with
     *     {@link ScanProgress#finished()} set) from the thread that consumed the last result or cancelled
     */
    public Scanner withProgress(Consumer<ScanProgress> progressListener, Duration every) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("progress interval must be positive: " + every);
        }
        return new Scanner(sources, extensions, threads, ordered, followLinks, includeUnknown, options, window,
                Objects.requireNonNull(progressListener), every);
    }

    /**
     * Starts the scan: the walk and the reading begin at once in the scan's {@code threads - 1} background threads,
     * and go on in the thread that takes the results whenever it waits for one (with one thread, the reading happens
     * only there, as the results are taken).
     *
     * @return the {@code Scan}
     */
    public Scan start() {
        return new Scan(this);
    }

    /**
     * Starts the scan and answers its results as a sequential stream; closing the stream cancels the scan.
     *
     * @return its results as a sequential stream; closing the stream cancels the scan
     */
    public Stream<ScanResult> stream() {
        return start().stream();
    }

    /**
     * Starts the scan and answers what {@code onReaderThread} makes of each result, computed on the reading threads
     * (so that work per file, such as rendering it as a line of JSON, runs in parallel), in the scan's order; closing
     * the stream cancels the scan. An exception of the function is thrown by the stream, on the consumer's thread,
     * when its value's turn comes. Progress listeners and cancellation work as for {@link #start()}.
     *
     * @param <T> what each result becomes
     * @param onReaderThread the on reader thread
     * @return what {@code onReaderThread} makes of each result, computed on the reading threads (so that work per file,
     *     such as rendering it as a line of JSON, runs in parallel), in the scan's order; closing the stream cancels
     *     the scan
     */
    public <T> Stream<T> map(Function<? super ScanResult, ? extends T> onReaderThread) {
        Scan scan = new Scan(this, Objects.requireNonNull(onReaderThread));
        Iterator<T> values = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return scan.hasNext();
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                return (T) scan.nextMapped();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(values, Spliterator.ORDERED), false)
                .onClose(scan::close);
    }

    /**
     * Runs the whole scan, giving each result to {@code action} on the calling thread; answers the last progress.
     *
     * @param action the action
     * @return the last progress
     */
    public ScanProgress forEach(Consumer<? super ScanResult> action) {
        try (Scan scan = start()) {
            scan.forEachRemaining(action);
            return scan.progress();
        }
    }

    /**
     * Reads one file as a scan does, on the calling thread: detects its format from its first bytes and name, then
     * loads it. Never throws: a failure is the result's error.
     *
     * @param index the index
     * @param path the file's path
     * @param size the size in bytes
     * @param options the options
     * @return the {@code ScanResult}
     */
    public static ScanResult read(long index, Path path, long size, Options options) {
        try (FileSource source = FileSource.open(path)) {
            return read(index, path, size, source, options);
        } catch (IOException e) {
            return new ScanResult(index, path, size, null, null, ErrorFactory.GENERIC.convert(e).withPath(path));
        }
    }

    /**
     * Reads a file from a source the caller opened (and closes), e.g. {@code FileSource.of(bytes, name)} for a file
     * held in memory; {@code path} names it in the result. Never throws: a failure is the result's error, with the
     * kind of the format that failed when one was chosen.
     *
     * @param index the index
     * @param path the file's path
     * @param size the size in bytes
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @return the {@code ScanResult}
     */
    public static ScanResult read(long index, Path path, long size, FileSource source, Options options) {
        String kind = null;
        try {
            FormatProvider provider = mutagen.File.choose(ProbeInput.of(source), options);
            if (provider == null) {
                return new ScanResult(index, path, size, null, null, null);
            }
            kind = provider.kindName(options);
            FileType file = ErrorFactory.GENERIC.call(() -> provider.open(source, options));
            return new ScanResult(index, path, size, kind, file, null);
        } catch (IOException e) {
            return new ScanResult(index, path, size, kind, null, ErrorFactory.GENERIC.convert(e).withPath(path));
        } catch (RuntimeException e) {
            // A format's bug must not end a scan of 10^8 files: the file is reported with the exception.
            return new ScanResult(index, path, size, kind, null, e);
        }
    }

    Iterable<Path> sources() {
        return sources;
    }

    Set<String> extensions() {
        return extensions;
    }

    /**
     * The number of reading threads.
     *
     * @return the number of reading threads
     */
    public int threads() {
        return threads;
    }

    /**
     * Whether results come in walk order.
     *
     * @return whether results come in walk order
     */
    public boolean ordered() {
        return ordered;
    }

    boolean followLinks() {
        return followLinks;
    }

    boolean includeUnknown() {
        return includeUnknown;
    }

    /**
     * The options each file is opened with.
     *
     * @return the options each file is opened with
     */
    public Options options() {
        return options;
    }

    /**
     * The most files between the walk and the consumer at once.
     *
     * @return the most files between the walk and the consumer at once
     */
    public int window() {
        return window;
    }

    Consumer<ScanProgress> listener() {
        return listener;
    }

    Duration interval() {
        return interval;
    }
}
