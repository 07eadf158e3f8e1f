// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mutagen.ogg.internal.OggStreams;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/**
 * {@link OggStreams#firstPacketOfSerial}, which reads page headers and copies one packet, gives what the general
 * path gives ({@code firstPacket(pagesOfSerial(...))}, mutagen's {@code OggPage.to_packets(pages)[0]}): the same
 * bytes, or an error of the same class with the same message.
 */
class FirstPacketTest {
    /** What a read answers: the packet's bytes, or the error's class and message. */
    private static Object outcome(IoCall call) {
        try {
            return call.run();
        } catch (IOException | RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private interface IoCall {
        byte[] run() throws IOException;
    }

    private static int same(byte[] file, long offset, long serial) {
        FileSource source = FileSource.of(file, "");
        Object general = outcome(() -> OggStreams.firstPacket(OggStreams.pagesOfSerial(source, offset, serial)));
        Object fast = outcome(() -> OggStreams.firstPacketOfSerial(source, offset, serial));
        if (general instanceof byte[] g) {
            assertTrue(fast instanceof byte[], () -> "fast path failed: " + fast);
            assertArrayEquals(g, (byte[]) fast);
            return 1;
        }
        assertEquals(general, fast);
        return 0;
    }

    @Test
    void corpusFilesFromEveryPage() throws IOException {
        int packets = 0;
        for (Path p : TestFiles.allCorpusFiles()) {
            String name = p.getFileName().toString();
            if (!name.matches(".*\\.(ogg|oga|opus|spx|oggflac|oggtheora|ogv)")) {
                continue;
            }
            byte[] data = Files.readAllBytes(p);
            FileSource source = FileSource.of(data, name);
            long pos = 0;
            for (int i = 0; i < 64; i++) {
                OggPage page;
                try {
                    page = OggPage.read(source, pos);
                } catch (IOException e) {
                    break;
                }
                packets += same(data, pos, page.serial());
                packets += same(data, 0, page.serial());
                pos = page.end();
            }
        }
        assertTrue(packets > 100, "packets compared: " + packets);
    }

    @Test
    void randomPageSequences() throws IOException {
        Random random = new Random(20261206);
        int packets = 0;
        for (int round = 0; round < 3000; round++) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            int sequence = random.nextInt(3);
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                OggPage page = new OggPage();
                page.serial(random.nextInt(8) == 0 ? 2 : 1);
                page.sequence(random.nextInt(10) == 0 ? sequence + 2 : sequence);
                sequence++;
                page.continued(random.nextInt(3) == 0);
                List<byte[]> list = new ArrayList<>();
                int n = random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    // Multiples of 255 make pieces that run on without a closing lacing value.
                    list.add(new byte[random.nextBoolean() ? 255 * random.nextInt(3) : random.nextInt(600)]);
                    random.nextBytes(list.get(k));
                }
                page.packets(list);
                page.complete(n == 0 || random.nextInt(3) != 0);
                page.position(random.nextInt(4) == 0 ? -1 : i);
                file.write(page.write());
            }
            if (random.nextInt(5) == 0) {
                file.write(new byte[random.nextInt(40)]);
            }
            byte[] data = file.toByteArray();
            packets += same(data, 0, 1);
            packets += same(data, 0, 2);
        }
        assertTrue(packets > 1000, "packets compared: " + packets);
    }
}
