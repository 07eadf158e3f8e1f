// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import mutagen.File;
import mutagen.FileType;
import mutagen.Metadata;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.Tags;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;
import mutagen.util.MemoryChannel;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every {@link FileType} keeps, run over a format's sample files. Every format module subclasses it.
 *
 * <p>Port of mutagen's {@code TAbstractFileType} (tests/test___init__.py): loading from a path, a source and bytes,
 * {@code pprint}, {@code mime}, the format's own sample scoring highest among all installed providers, save, delete
 * and {@code add_tags} round trips on temporary copies, and the dict protocol. Beyond mutagen, every injected fault
 * of a {@link FaultyChannel} is replayed (each {@code failAfter} from 0 until the operation succeeds, each
 * {@code stopAfter}, short reads): the result is success or a {@link MutagenError}, never another exception, and a
 * failed save or delete leaves the file's bytes exactly as they were.
 *
 * <p>A subclass names its samples, how to open one, the kind it expects and a small edit:
 * <pre>{@code
 * class FLACContractTest extends FileTypeContract {
 *     protected List<Path> samples() { return List.of(TestFiles.corpus("silence-44-s.flac")); }
 *     protected FileType open(FileSource source) throws IOException { return new FLAC(source); }
 *     protected FileType open(Path path) throws IOException { return new FLAC(path); }
 *     protected Class<? extends FileType> kind() { return FLAC.class; }
 *     protected void edit(FileType file) throws IOException { file.put("title", List.of("contract")); }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FileTypeContract {
    /** The default of {@link #maxLoadFaultSteps()}. */
    protected static final int MAX_FAULT_STEPS = 1000;

    /** Creates the contract; for subclasses. */
    protected FileTypeContract() {
    }

    /** The sample files of the format (read in place, never written). */
    protected abstract List<Path> samples();

    /** Opens a source as this format (mutagen's {@code KIND(fileobj)}). */
    protected abstract FileType open(FileSource source) throws IOException;

    /**
     * Opens a file by path (mutagen's {@code KIND(filename)}); the default opens a source on it. Override it with the
     * format's path constructor so that {@link FileType#filename()} is checked.
     */
    protected FileType open(Path path) throws IOException {
        try (FileSource source = FileSource.open(path)) {
            return open(source);
        }
    }

    /** The class the samples load as. */
    protected abstract Class<? extends FileType> kind();

    /** The kind name the format's provider answers ({@link FormatProvider#kindName()}); the class's simple name. */
    protected String kindName() {
        return kind().getSimpleName();
    }

    /** A small change to the tags that {@link FileType#save()} can write (adding tags first when needed). */
    protected abstract void edit(FileType file) throws IOException;

    /**
     * The most {@code failAfter} and {@code stopAfter} steps replayed while loading one sample; a longer run is
     * sampled evenly, always including both ends (mutagen draws 100 with hypothesis). Saves and deletes always
     * replay every step.
     */
    protected int maxLoadFaultSteps() {
        return MAX_FAULT_STEPS;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static Path copy(Path sample, Path dir) {
        return TestFiles.tempCopy(sample, dir);
    }

    private static String tagText(FileType f) {
        Tags t = f.tags();
        return t == null ? null : t.pprint();
    }

    /** Runs the action; success is fine, a {@link MutagenError} is fine, anything else fails the test. */
    private static boolean succeeds(String what, IoAction action) {
        try {
            action.run();
            return true;
        } catch (MutagenError e) {
            return false;
        } catch (Throwable t) {
            throw new AssertionError(what + ": expected success or a MutagenError, got " + t, t);
        }
    }

    /** An action that may fail with an I/O error. */
    @FunctionalInterface
    protected interface IoAction {
        /** Runs it. */
        void run() throws Exception;
    }

    private List<Long> steps(long total) {
        int max = Math.max(2, maxLoadFaultSteps());
        List<Long> out = new ArrayList<>();
        if (total + 1 <= max) {
            for (long i = 0; i <= total; i++) {
                out.add(i);
            }
        } else {
            for (int i = 0; i < max; i++) {
                out.add(i * total / (max - 1));
            }
        }
        return out;
    }

    // ---- loading ----------------------------------------------------------------------------------------------

    /** Port of {@code test_load}, {@code test_info} and {@code test_filename}. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testLoad(Path sample, @TempDir Path dir) throws IOException {
        Path path = copy(sample, dir);
        FileType f = open(path);
        assertTrue(kind().isInstance(f), "loads as " + kind().getSimpleName() + ": " + f.getClass());
        assertNotNull(f.info(), "info");
        assertTrue(f.info().length() >= 0, "length " + f.info().length());
        assertNotNull(f.info().attributes(), "attributes");
        if (f.filename() != null) {
            assertEquals(path, f.filename());
        }
    }

    /** Port of {@code test_fileobj_load} and {@code test_stringio}: a source and bytes in memory load the same. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testSourceAndBytesLoadTheSame(Path sample) throws IOException {
        String expected = open(sample).pprint();
        try (FileSource source = FileSource.open(sample)) {
            assertEquals(expected, open(source).pprint());
        }
        assertEquals(expected, open(FileSource.of(TestFiles.bytes(sample), sample.toString())).pprint());
    }

    /**
     * Port of {@code test_testfileobj}: a source whose channel is wrapped by a {@link FaultyChannel} injecting no
     * fault (mutagen's {@code _TestFileObj} with no limits) loads exactly as the path does.
     */
    @ParameterizedTest
    @MethodSource("samples")
    public void testTestfileobj(Path sample) throws IOException {
        String expected = open(sample).pprint();
        FaultyChannel.Faults none = FaultyChannel.Faults.none();
        try (FileSource source = FileSource.open(sample, false, none.decorator())) {
            assertEquals(expected, open(source).pprint());
        }
        assertTrue(none.operations() > 0, "the load went through the wrapping channel");
    }

    /** Port of {@code test_not_file}. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testNotFile(Path sample, @TempDir Path dir) {
        assertThrows(MutagenError.class, () -> open(dir.resolve("doesnotexist")));
    }

    /** Port of {@code test_pprint} and {@code test_info_pprint}. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testPprint(Path sample) throws IOException {
        FileType f = open(sample);
        String text = f.pprint();
        assertFalse(text.isEmpty());
        String info = f.info().pprint();
        assertFalse(info.isEmpty());
        assertTrue(text.startsWith(info + " (" + f.mime().get(0) + ")"), text);
    }

    /** Port of {@code test_mime}. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testMime(Path sample) throws IOException {
        List<String> mime = open(sample).mime();
        assertFalse(mime.isEmpty());
        assertEquals("application/octet-stream", mime.get(mime.size() - 1));
        assertEquals(mime.size(), mime.stream().distinct().count(), "no duplicates: " + mime);
    }

    /** Port of {@code test_score} and {@code test_file}: the sample scores highest among all installed formats. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testOwnSampleScoresHighest(Path sample) throws IOException {
        FormatProvider chosen;
        try (FileSource source = FileSource.open(sample)) {
            chosen = File.choose(ProbeInput.of(source), Options.defaults());
        }
        assertNotNull(chosen, "no installed provider matched " + sample);
        assertEquals(kindName(), chosen.kindName(), "chosen provider for " + sample.getFileName());
        Optional<FileType> f = File.open(sample);
        assertTrue(f.isPresent());
        assertTrue(kind().isInstance(f.get()), f.get().getClass().toString());
    }

    // ---- saving and deleting ----------------------------------------------------------------------------------

    /** Port of {@code test_save}: saving unchanged tags keeps what they read back as. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testSave(Path sample, @TempDir Path dir) throws IOException {
        Path path = copy(sample, dir);
        FileType f = open(path);
        String before = f.pprint();
        f.save(path);
        assertEquals(before, open(path).pprint());
        f.save(path);
        assertEquals(before, open(path).pprint());
    }

    /** The subclass's edit survives a save and a reload, and a second save changes nothing. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testEditRoundTrip(Path sample, @TempDir Path dir) throws IOException {
        Path path = copy(sample, dir);
        FileType f = open(path);
        edit(f);
        String edited = tagText(f);
        f.save(path);
        FileType reloaded = open(path);
        assertEquals(edited, tagText(reloaded));
        byte[] once = Files.readAllBytes(path);
        reloaded.save(path);
        assertArrayEquals(once, Files.readAllBytes(path), "saving what was read back changes nothing");
    }

    /** Port of {@code test_fileobj_save}: saving into and deleting from a caller's channel. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testChannelSaveAndDelete(Path sample, @TempDir Path dir) throws IOException {
        Path path = copy(sample, dir);
        FileType f = open(path);
        edit(f);
        String edited = tagText(f);
        f.save(path);
        MemoryChannel channel = MemoryChannel.writable(TestFiles.bytes(sample));
        FileType g = open(FileSource.of(channel, sample.toString(), false));
        edit(g);
        g.save(channel);
        assertEquals(edited, tagText(open(FileSource.of(channel.toByteArray(), ""))));
        assertArrayEquals(Files.readAllBytes(path), channel.toByteArray(), "a channel saves like a path");
        g.delete(channel);
        f.delete(path);
        assertArrayEquals(Files.readAllBytes(path), channel.toByteArray(), "a channel deletes like a path");
    }

    /** Port of {@code test_delete}: after deleting there are no tags left to read. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testDelete(Path sample, @TempDir Path dir) throws IOException {
        Path path = copy(sample, dir);
        FileType f = open(path);
        f.delete(path);
        FileType reloaded = open(path);
        assertTrue(reloaded.tags() == null || reloaded.keys().isEmpty(), "tags left: " + tagText(reloaded));
        if (f.filename() != null) {
            f.delete();
        }
        assertEquals(reloaded.info().pprint(), open(path).info().pprint());
    }

    /**
     * The kinds whose mutagen module has a module-level {@code delete} function (mutagen's
     * {@code hasattr(mod, "delete")}); of mutagen's formats only asf, aac, ac3 and smf have none.
     */
    private static final java.util.Set<String> MODULE_DELETE = java.util.Set.of("OggVorbis", "OggFLAC", "OggSpeex",
            "OggTheora", "OggOpus", "FLAC", "TrueAudio", "WavPack", "MP3", "Musepack", "OptimFROG", "AIFF",
            "MonkeysAudio", "MP4", "TAK", "DSDIFF", "DSF", "WAVE", "ID3FileType", "APEv2File");

    /**
     * The format's module-level delete (mutagen's {@code <module>.delete(filething)}) applied to the file at the
     * path; returns false when the format has none. The default calls a public static {@code deleteFrom(Path)} of
     * {@link #kind()} when there is one; a format whose module re-exports another module's delete overrides this.
     */
    protected boolean moduleDelete(Path path) throws IOException {
        java.lang.reflect.Method m;
        try {
            m = kind().getMethod("deleteFrom", Path.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
        assertTrue(java.lang.reflect.Modifier.isStatic(m.getModifiers()), m + " is static");
        try {
            m.invoke(null, path);
        } catch (ReflectiveOperationException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw new AssertionError(m + " failed", e);
        }
        return true;
    }

    /**
     * Port of {@code test_module_delete_fileobj}: the module-level delete leaves the file as the instance's
     * {@code delete} does; a format without one is not one whose mutagen module has one.
     */
    @ParameterizedTest
    @MethodSource("samples")
    public void testModuleDeleteFileobj(Path sample, @TempDir Path dir) throws IOException {
        Path byModule = copy(sample, dir);
        if (!moduleDelete(byModule)) {
            assertFalse(MODULE_DELETE.contains(kindName()), kindName() + " lacks the module-level delete of mutagen");
            return;
        }
        Path byInstance = copy(sample, dir);
        open(byInstance).delete(byInstance);
        assertArrayEquals(Files.readAllBytes(byInstance), Files.readAllBytes(byModule));
        FileType reloaded = open(byModule);
        assertTrue(reloaded.tags() == null || reloaded.keys().isEmpty(), "tags left: " + tagText(reloaded));
    }

    /** Port of {@code test_delete_nonexisting}: deleting from a vanished file is a MutagenError. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testDeleteNonexisting(Path sample, @TempDir Path dir) throws IOException {
        Path path = copy(sample, dir);
        FileType f = open(path);
        if (f.tags() == null) {
            try {
                f.addTags();
                f.save(path);
            } catch (MutagenError e) {
                // The format holds no tags.
            }
        }
        Files.delete(path);
        assertThrows(MutagenError.class, () -> f.delete(path));
        assertFalse(Files.exists(path), "deleting must not create the file");
    }

    /** Port of {@code test_save_nonexisting}: saving to a vanished file is a MutagenError (except for Metadata). */
    @ParameterizedTest
    @MethodSource("samples")
    public void testSaveNonexisting(Path sample, @TempDir Path dir) throws IOException {
        Path path = copy(sample, dir);
        FileType f = open(path);
        Files.delete(path);
        if (!(f.tags() instanceof Metadata)) {
            assertThrows(MutagenError.class, () -> f.save(path));
            assertFalse(Files.exists(path), "saving must not create the file");
        }
    }

    /** Port of {@code test_add_tags}. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testAddTags(Path sample) throws IOException {
        FileType f = open(sample);
        boolean hadTags = f.tags() != null;
        boolean added = succeeds("addTags", f::addTags);
        if (added) {
            assertFalse(hadTags, "addTags succeeded although the file had tags");
            assertNotNull(f.tags());
        }
        assertThrows(MutagenError.class, f::addTags);
    }

    /** Port of {@code test_dict}: keys, get, put and remove delegate to the tags. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testDict(Path sample) throws IOException {
        FileType f = open(sample);
        List<String> keys = f.keys();
        assertThrows(NoSuchElementException.class, () -> f.remove("nopenopenopenope"));
        Tags tags = f.tags();
        assertEquals(tags == null ? List.of() : tags.keys(), keys);
        for (String key : keys) {
            Object value = f.get(key);
            assertNotNull(value, key);
            assertEquals(value, tags.get(key));
            f.remove(key);
            assertFalse(f.keys().contains(key), key);
            f.put(key, value);
            assertEquals(value, f.get(key));
        }
        assertEquals(keys.size(), f.keys().size());
    }

    // ---- faults -----------------------------------------------------------------------------------------------

    /** Port of {@code test_test_fileobj_load}: every fault while loading gives success or a MutagenError. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testFaultyLoad(Path sample) throws IOException {
        FaultyChannel.Faults measure = FaultyChannel.Faults.none();
        String expected;
        try (FileSource source = FileSource.open(sample, false, measure.decorator())) {
            expected = open(source).pprint();
        }
        for (long step : steps(measure.operations())) {
            FaultyChannel.Faults faults = FaultyChannel.Faults.failAfter(step);
            succeeds("load with " + faults, () -> {
                try (FileSource source = FileSource.open(sample, false, faults.decorator())) {
                    open(source);
                }
            });
        }
        for (long step : steps(measure.dataRead())) {
            FaultyChannel.Faults faults = FaultyChannel.Faults.stopAfter(step);
            succeeds("load with " + faults, () -> {
                try (FileSource source = FileSource.open(sample, false, faults.decorator())) {
                    open(source);
                }
            });
        }
        for (int chunk : new int[] {1, 3, 7}) {
            try (FileSource source = FileSource.open(sample, false, FaultyChannel.Faults.shortReads(chunk)
                    .decorator())) {
                assertEquals(expected, open(source).pprint(), "short reads of " + chunk);
            }
        }
    }

    /**
     * Port of {@code test_test_fileobj_save}: at every fault step a save either succeeds (and the file reads back
     * as a clean save's) or fails with a MutagenError and leaves the file's bytes intact.
     */
    @ParameterizedTest
    @MethodSource("samples")
    public void testFaultySave(Path sample, @TempDir Path dir) throws IOException {
        replayFaults(sample, dir, true);
    }

    /** Port of {@code test_test_fileobj_delete}, with the same promise as {@link #testFaultySave}. */
    @ParameterizedTest
    @MethodSource("samples")
    public void testFaultyDelete(Path sample, @TempDir Path dir) throws IOException {
        replayFaults(sample, dir, false);
    }

    private void replayFaults(Path sample, Path dir, boolean save) throws IOException {
        byte[] original = TestFiles.bytes(sample);
        Path reference = copy(sample, dir);
        FileType clean = open(reference);
        if (save) {
            edit(clean);
            clean.save(reference);
        } else {
            clean.delete(reference);
        }
        byte[] expected = Files.readAllBytes(reference);
        boolean done = false;
        for (long failAfter = 0; !done; failAfter++) {
            assertTrue(failAfter <= 1_000_000, "the operation never succeeds");
            Path path = copy(sample, dir);
            FileType f = open(path);
            if (save) {
                edit(f);
            }
            FaultyChannel.Faults faults = FaultyChannel.Faults.failAfter(failAfter);
            done = succeeds((save ? "save" : "delete") + " with " + faults, () -> {
                try (FileSource target = FileSource.open(path, true, faults.decorator())) {
                    if (save) {
                        f.save(target);
                    } else {
                        f.delete(target);
                    }
                }
            });
            if (!done) {
                // The save undoes itself through the same failing channel as far as it can; the journal it leaves
                // lets the next writable open finish the undo.
                FileSource.recover(path);
            }
            byte[] now = Files.readAllBytes(path);
            assertArrayEquals(done ? expected : original, now, (save ? "save" : "delete") + " with " + faults
                    + (done ? ": a save that succeeds after faults writes what a clean one does"
                            : ": a failed save, once recovered, leaves the old bytes"));
            try (java.util.stream.Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".mutagen-journal"))
                        .collect(java.util.stream.Collectors.toList()), "no journal is left");
            }
            Files.delete(path);
        }
    }
}
