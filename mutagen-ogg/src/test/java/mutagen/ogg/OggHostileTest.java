// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.oggopus.OggOpus;
import mutagen.oggspeex.OggSpeex;
import mutagen.oggtheora.OggTheora;
import mutagen.oggvorbis.OggVorbis;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: every truncation and corruption of the Ogg corpus files gives a result or a {@link MutagenError},
 * never another exception, an out-of-memory error or a hang; a page that claims more data than the file holds is
 * rejected before anything is allocated for it.
 */
class OggHostileTest {
    private static final List<String> SAMPLES = List.of("empty.ogg", "multipagecomment.ogg", "multipage-setup.ogg",
            "example.opus", "empty.spx", "multiplexed.spx", "sample.oggtheora", "sample_length.oggtheora");

    @Test
    void pageClaimingMaximumDataInSmallFile() {
        byte[] file = new byte[1024];
        OggPage page = new OggPage();
        page.packets().add(new byte[0]);
        byte[] header = page.write();
        System.arraycopy(header, 0, file, 0, 27);
        file[26] = (byte) 255;
        Arrays.fill(file, 27, 27 + 255, (byte) 0xff);
        OggError e = assertThrows(OggError.class, () -> OggPage.read(FileSource.of(file, "x.ogg"), 0));
        assertEquals("unable to read full data", e.getMessage());
        // the codecs turn it into their error
        assertThrows(OggError.class, () -> new OggVorbis(FileSource.of(file, "x.ogg")));
    }

    @Test
    void badMagicMessage() {
        byte[] data = "OggX and more bytes to make up a header".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        OggError e = assertThrows(OggError.class, () -> OggPage.read(FileSource.of(data, ""), 0));
        assertEquals("read b'OggX', expected b'OggS', at 0x0", e.getMessage());
    }

    @Test
    void shortHeaderMessage() {
        OggError e = assertThrows(OggError.class, () -> OggPage.read(FileSource.of(new byte[] {'O', 'g'}, ""), 0));
        assertEquals("unable to read full header; got b'Og'", e.getMessage());
    }

    @Test
    void zeroTailIsEndOfFile() {
        assertThrows(java.io.EOFException.class, () -> OggPage.read(FileSource.of(new byte[10], ""), 0));
    }

    @Test
    void everyTruncation() throws IOException {
        for (String name : SAMPLES) {
            byte[] data = TestFiles.bytes(TestFiles.corpus(name));
            int step = Math.max(1, data.length / 400);
            for (int cut = 0; cut < data.length; cut += cut < 300 ? 1 : step) {
                check(name + " cut at " + cut, Arrays.copyOf(data, cut));
            }
        }
    }

    @Test
    void everyHeaderByteCorrupted() throws IOException {
        for (String name : SAMPLES) {
            byte[] data = TestFiles.bytes(TestFiles.corpus(name));
            for (int at = 0; at < Math.min(data.length, 250); at++) {
                for (int value : new int[] {0xff, data[at] ^ 0x01}) {
                    byte[] copy = data.clone();
                    copy[at] = (byte) value;
                    check(name + " byte " + at + " = " + value, copy);
                }
            }
        }
    }

    /** Opens the bytes with every codec and with {@link File#open}: a result or a MutagenError. */
    private static void check(String what, byte[] data) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (Opener opener : OPENERS) {
                try {
                    FileType f = opener.open(FileSource.of(data, "x"));
                    if (f != null) {
                        f.pprint();
                    }
                } catch (MutagenError e) {
                    // expected for damaged files
                } catch (RuntimeException | IOException | OutOfMemoryError e) {
                    fail(what + ": " + e, e);
                }
            }
        }, what);
    }

    @FunctionalInterface
    private interface Opener {
        FileType open(FileSource source) throws IOException;
    }

    private static final List<Opener> OPENERS = List.of(OggVorbis::new, OggOpus::new, OggSpeex::new, OggTheora::new,
            s -> {
                Optional<FileType> f = File.open(s, mutagen.Options.defaults());
                return f.orElse(null);
            });
}
