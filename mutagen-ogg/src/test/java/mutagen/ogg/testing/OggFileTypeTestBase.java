// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg.testing;

import mutagen.ogg.OggError;
import mutagen.ogg.OggFileType;
import mutagen.ogg.OggPage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import mutagen.vorbis.VCommentDict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests every Ogg codec shares: mutagen's {@code TOggFileTypeMixin}. A subclass names its sample and how to
 * open a file; {@link #audio} is the sample's temporary copy, loaded.
 */
// The shared tests of mutagen's tests/test_ogg.py TOggFileTypeMixin, run by each codec's port.
public abstract class OggFileTypeTestBase {
    /** The temporary folder of the test. */
    protected Path tmp;

    /** The temporary copy of the sample. */
    protected Path filename;

    /** The sample, loaded. */
    protected OggFileType<?, ?> audio;

    /** The corpus file the tests edit a copy of. */
    protected abstract String sample();

    /** Opens a file as this codec. */
    protected abstract OggFileType<?, ?> open(Path path) throws IOException;

    /** The padding of a loaded file's comment (mutagen's {@code tags._padding}). */
    protected abstract long padding(OggFileType<?, ?> file);

    /** Copies the sample into the test's temporary folder and loads it. */
    @BeforeEach
    public void setUpOgg(@TempDir Path dir) throws IOException {
        tmp = dir;
        filename = TestFiles.tempCopy(TestFiles.corpus(sample()), tmp);
        audio = open(filename);
    }

    /** The loaded tags as the Vorbis comment dict they are. */
    protected static VCommentDict tags(OggFileType<?, ?> f) {
        return (VCommentDict) f.tags();
    }

    /** Reads every page of the file until the end (mutagen's {@code scan_file}). */
    protected void scanFile() throws IOException {
        scanFile(filename);
    }

    /** Reads every page of a file until the end. */
    protected static void scanFile(Path path) throws IOException {
        try (FileSource source = FileSource.open(path)) {
            long pos = 0;
            while (true) {
                try {
                    pos = OggPage.read(source, pos).end();
                } catch (EOFException e) {
                    return;
                }
            }
        }
    }

    @Test
    public void testPprintEmpty() {
        assertNotNull(audio.pprint());
    }

    @Test
    public void testPprintStuff() throws IOException {
        testSetTwoTags();
        assertTrue(audio.pprint().contains("foo=a"));
    }

    @Test
    public void testLength() {
        assertEquals(3.7, audio.info().length(), 0.05);
    }

    @Test
    public void testNoTags() {
        assertTrue(tags(audio).keys().isEmpty());
        assertNotNull(audio.tags());
    }

    @Test
    public void testVendorSafe() throws IOException {
        audio.put("vendor", "a vendor");
        audio.save();
        assertEquals(List.of("a vendor"), open(filename).get("vendor"));
    }

    @Test
    public void testSetTwoTags() throws IOException {
        audio.put("foo", List.of("a"));
        audio.put("bar", List.of("b"));
        audio.save();
        OggFileType<?, ?> reread = open(filename);
        assertEquals(2, reread.keys().size());
        assertEquals(List.of("a"), reread.get("foo"));
        assertEquals(List.of("b"), reread.get("bar"));
        scanFile();
    }

    @Test
    public void testSaveTwice() throws IOException {
        audio.save();
        audio.save();
        assertEquals(audio.tags(), open(filename).tags());
        scanFile();
    }

    @Test
    public void testSetDelete() throws IOException {
        testSetTwoTags();
        tags(audio).clear();
        audio.save();
        assertTrue(open(filename).keys().isEmpty());
        scanFile();
    }

    @Test
    public void testDelete() throws IOException {
        testSetTwoTags();
        audio.delete();
        assertTrue(audio.keys().isEmpty());
        assertTrue(open(filename).keys().isEmpty());
        audio.put("foobar", "foobar".repeat(1000));
        audio.save();
        assertEquals(audio.get("foobar"), open(filename).get("foobar"));
        scanFile();
    }

    @Test
    public void testDeleteRemovePadding() throws IOException {
        tags(audio).clear();
        audio.save(info -> 0);
        long size = Files.size(filename);
        audio.delete();
        assertTrue(Files.size(filename) <= size);
    }

    private void putReallyBig() throws IOException {
        audio.put("foo", "foo".repeat(1 << 16));
        audio.put("bar", "bar".repeat(1 << 16));
        audio.put("baz", "quux".repeat(1 << 16));
        audio.save();
    }

    @Test
    public void testReallyBig() throws IOException {
        putReallyBig();
        OggFileType<?, ?> reread = open(filename);
        assertEquals(List.of("foo".repeat(1 << 16)), reread.get("foo"));
        assertEquals(List.of("bar".repeat(1 << 16)), reread.get("bar"));
        assertEquals(List.of("quux".repeat(1 << 16)), reread.get("baz"));
        scanFile();
    }

    @Test
    public void testDeleteReallyBig() throws IOException {
        putReallyBig();
        audio.delete();
        assertTrue(open(filename).keys().isEmpty());
        scanFile();
    }

    @Test
    public void testInvalidOpen() {
        assertThrows(OggError.class, () -> open(TestFiles.corpus("xing.mp3")));
    }

    @Test
    public void testInvalidDelete() throws IOException {
        Path mp3 = TestFiles.tempCopy(TestFiles.corpus("xing.mp3"), tmp);
        byte[] before = Files.readAllBytes(mp3);
        assertThrows(OggError.class, () -> audio.delete(mp3));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(mp3)));
    }

    @Test
    public void testInvalidSave() throws IOException {
        Path mp3 = TestFiles.tempCopy(TestFiles.corpus("xing.mp3"), tmp);
        assertThrows(OggError.class, () -> audio.save(mp3));
    }

    /** Scans the file, then runs ogginfo and oggz-validate on it when they are installed. */
    protected void oggReference(Path path) throws IOException {
        scanFile(path);
        if (Files.isExecutable(Path.of("/usr/bin/ogginfo"))) {
            assertEquals(0, run("/usr/bin/ogginfo", path), "ogginfo failed on " + path);
        }
        if (Files.isExecutable(Path.of("/usr/bin/oggz-validate"))) {
            assertEquals(0, run("/usr/bin/oggz-validate", path), "oggz-validate failed on " + path);
        }
    }

    private static int run(String exe, Path path) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(exe, path.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        return p.exitValue();
    }

    @Test
    public void testOggReferenceSimpleSave() throws IOException {
        audio.save();
        oggReference(filename);
    }

    @Test
    public void testOggReferenceReallyBig() throws IOException {
        putReallyBig();
        audio.save();
        oggReference(filename);
    }

    @Test
    public void testOggReferenceDelete() throws IOException {
        audio.delete();
        oggReference(filename);
    }

    @Test
    public void testOggReferenceMediumSized() throws IOException {
        audio.put("foobar", "foobar".repeat(1000));
        audio.save();
        oggReference(filename);
    }

    @Test
    public void testOggReferenceDeleteReadd() throws IOException {
        audio.delete();
        tags(audio).clear();
        audio.put("foobar", "foobar".repeat(1000));
        audio.save();
        oggReference(filename);
    }

    @Test
    public void testMimeSecondary() {
        assertTrue(audio.mime().contains("application/ogg"));
    }

    @Test
    public void testPadding() throws IOException {
        tags(audio).clear();
        audio.put("foo", List.of("bar"));
        for (int i : new int[] {0, 1, 2, 42, 5000, 4999}) {
            audio.save(info -> i);
            OggFileType<?, ?> reread = open(filename);
            assertEquals(i, padding(reread));
            assertEquals(List.of("bar"), reread.get("foo"));
            oggReference(filename);
        }
    }

    @Test
    public void testAddTagsFails() {
        assertThrows(OggError.class, audio::addTags);
    }
}
