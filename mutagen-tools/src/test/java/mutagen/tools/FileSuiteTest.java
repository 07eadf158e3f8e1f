// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.testkit.FaultyChannel;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of tests/test___init__.py that need every format installed (this module's test path has them all). */
class FileSuiteTest {
    /** The samples of mutagen's {@code _FILETYPES} (one or two per format). */
    static final List<String> SAMPLES = List.of("empty.ogg", "empty.oggflac", "empty.spx", "sample.oggtheora",
            "example.opus", "silence-44-s.flac", "empty.tta", "silence-44-s.wv", "bad-xing.mp3", "xing.mp3",
            "silence-44-s.mp3", "no-tags.mp3", "click.mpc", "sv8_header.mpc", "empty.ofr", "empty.ofs", "empty.aac",
            "adif.aac", "silence-44-s.ac3", "silence-44-s.eac3", "silence-1.wma", "with-id3.aif",
            "11k-1ch-2s-silence.aif", "mac-399.ape", "mac-396.ape", "has-tags.m4a", "no-tags.m4a", "sample.mid",
            "silence-44-s.tak", "has-tags.tak", "2822400-1ch-0s-silence.dff", "with-id3.dsf",
            "silence-2s-PCM-16000-08-ID3v23.wav");

    /** Port of tests/test___init__.py::TFile. */
    @Nested
    class TFile {
        @Test
        void testFileobj() throws IOException {
            for (String name : SAMPLES) {
                Path path = TestFiles.corpus(name);
                String kind = File.open(path).orElseThrow().getClass().getSimpleName();
                try (SeekableByteChannel h = FileChannel.open(path)) {
                    // A Python file object carries its name; a channel is given it.
                    assertEquals(kind, File.open(h, path.toString(), Options.defaults()).orElseThrow().getClass().getSimpleName(), name);
                }
                assertEquals(kind, File.open(TestFiles.bytes(path), path.toString()).orElseThrow().getClass()
                        .getSimpleName(), name);
            }
        }

        @Test
        void testMockFileobj() throws IOException {
            for (String name : SAMPLES) {
                Path path = TestFiles.corpus(name);
                FaultyChannel.Faults measure = FaultyChannel.Faults.none();
                try (SeekableByteChannel h = measure.decorator().apply(FileChannel.open(path))) {
                    assertTrue(File.open(h, path.toString(), Options.defaults()).isPresent(), name);
                }
                long ops = measure.operations();
                long read = measure.dataRead();
                for (int i = 0; i <= 10; i++) {
                    tryOpen(path, FaultyChannel.Faults.failAfter(i * ops / 10));
                    tryOpen(path, FaultyChannel.Faults.stopAfter(i * read / 10));
                }
            }
        }

        private void tryOpen(Path path, FaultyChannel.Faults faults) throws IOException {
            try (SeekableByteChannel h = faults.decorator().apply(FileChannel.open(path))) {
                File.open(h, path.toString(), Options.defaults());
            } catch (MutagenError e) {
                // mutagen's test accepts a MutagenError; anything else fails the test.
            }
        }

        @Test
        void testApev2() throws IOException {
            Optional<FileType> f = File.open(TestFiles.corpus("oldtag.apev2"));
            assertEquals("APEv2File", f.orElseThrow().getClass().getSimpleName());
        }
    }

    /** Port of tests/test___init__.py::TFileUpperExt. */
    @Nested
    class TFileUpperExt {
        @Test
        void testCaseInsensitiveExt(@TempDir Path dir) throws IOException {
            String[][] files = {{"empty.ofr", "OptimFROG"}, {"sv5_header.mpc", "Musepack"}, {"silence-3.wma", "ASF"},
                {"truncated-64bit.mp4", "MP4"}, {"silence-44-s.flac", "FLAC"}};
            for (String[] c : files) {
                String original = c[0];
                String ext = original.substring(original.lastIndexOf('.')).toUpperCase(Locale.ROOT);
                Path path = Files.createTempFile(dir, "tmp", ext);
                Files.copy(TestFiles.corpus(original), path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Optional<FileType> f = File.open(path, Options.defaults().withKinds(c[1]));
                assertEquals(c[1], f.orElseThrow().getClass().getSimpleName(), original);
            }
        }
    }

    /** Port of tests/test___init__.py::TModuleImportAll. */
    @Nested
    class TModuleImportAll {
        /**
         * Every format's error is a MutagenError: each installed format fails on an empty input with a MutagenError
         * (never a bare I/O or runtime exception), except the two that mutagen 1.48.1 loads from no bytes at all.
         */
        @Test
        void testErrors() {
            java.util.Set<String> loaded = new java.util.TreeSet<>();
            java.util.Set<String> kinds = new java.util.TreeSet<>();
            for (mutagen.spi.FormatProvider p : Options.defaults().providers()) {
                kinds.add(p.kindName());
                try {
                    p.open(mutagen.util.FileSource.of(new byte[0], ""), Options.defaults());
                    loaded.add(p.kindName());
                } catch (MutagenError e) {
                    // the module's error
                } catch (Throwable t) {
                    throw new AssertionError(p.kindName() + ": expected a MutagenError, got " + t, t);
                }
            }
            assertEquals(24, kinds.size(), "mutagen's 24 formats are installed: " + kinds);
            assertEquals(java.util.Set.of("APEv2File", "ID3FileType"), loaded);
        }
    }
}
