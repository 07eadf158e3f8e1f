// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * Bodies made readable in the thread's scratch array (unsynchronisation undone, data inflated) read as they do in
 * new arrays: each input is read with the scratch free, then with it held (every body in an array of its own).
 */
class ID3ScratchReadTest {

    /** Everything a read gives: each frame's fields (reprs of bytes included), the keys, pprint, unknown frames. */
    private static String describe(ID3Tags tags) {
        StringBuilder out = new StringBuilder(tags.pprint()).append('\n').append(tags.keys()).append('\n');
        for (Frame f : tags.values()) {
            out.append(f).append('\n');
        }
        for (byte[] raw : tags.unknownFrames()) {
            out.append(mutagen.util.PyRepr.bytes(raw)).append('\n');
        }
        return out.toString();
    }

    private static String read(int major, int flags, byte[] area) {
        ID3Tags tags = new ID3Tags();
        int padding = tags.readTagFrames(T.header(major, flags), area, 0, area.length);
        return describe(tags) + "padding " + padding;
    }

    private static String withScratchHeld(java.util.function.Supplier<String> read) {
        FrameBody.Scratch held = FrameBody.Scratch.take();
        assertNotNull(held, "the scratch is free between reads");
        try {
            return read.get();
        } finally {
            FrameBody.Scratch.release(held);
        }
    }

    private static byte[] syncsafe(int n) {
        return new byte[] {(byte) (n >> 21 & 0x7F), (byte) (n >> 14 & 0x7F), (byte) (n >> 7 & 0x7F), (byte) (n & 0x7F)};
    }

    private static byte[] zlib(byte[] data) {
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(data);
        d.finish();
        byte[] out = new byte[data.length * 2 + 64];
        int n = d.deflate(out);
        d.end();
        return java.util.Arrays.copyOf(out, n);
    }

    /** A frame body: bytes with FFs (that unsynchronisation escapes), or a nested CHAP of such frames. */
    private byte[] body(Random rnd, String id, int major) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] blob = new byte[rnd.nextInt(3) == 0 ? rnd.nextInt(5000) : rnd.nextInt(60)];
        for (int i = 0; i < blob.length; i++) {
            blob[i] = rnd.nextBoolean() ? (byte) 0xFF : (byte) rnd.nextInt(256);
        }
        switch (id) {
            case "TIT2" -> b.writeBytes(T.cat(new byte[] {3}, ("title " + rnd.nextInt(1000)).getBytes()));
            case "APIC" -> b.writeBytes(T.cat(T.b("\0image/jpeg\0\3cover\0"), blob));
            case "CHAP" -> {
                b.writeBytes(T.b("ch\0"));
                b.writeBytes(new byte[16]);
                for (int i = 0; i < 2; i++) {
                    b.writeBytes(frame(rnd, major, i == 0 ? "TIT2" : "PRIV"));
                }
            }
            default -> b.writeBytes(T.cat(T.b("owner\0"), blob));
        }
        return b.toByteArray();
    }

    private int flagged;

    /** A frame with random format flags: v2.4 unsynchronisation, data length, compression; v2.3 compression. */
    private byte[] frame(Random rnd, int major, String id) {
        byte[] data = body(rnd, id, major);
        int flags = 0;
        byte[] extra = new byte[0];
        if (major == 4) {
            boolean compress = rnd.nextInt(3) == 0;
            boolean unsync = rnd.nextBoolean();
            byte[] plain = data;
            data = compress ? zlib(data) : data;
            data = unsync ? Unsynch.encode(data) : data;
            // Compressed without a data length, as Quod Libet 0.12's mutagen wrote: read on the second try.
            int format = compress ? rnd.nextInt(4) == 0 ? 0x08 : 0x09 : rnd.nextInt(3) == 0 ? 0x01 : 0;
            flags = format | (unsync ? 0x02 : 0);
            extra = (flags & 0x01) != 0 ? syncsafe(plain.length) : extra;
        } else if (rnd.nextInt(3) == 0) {
            extra = ByteBuffer.allocate(4).putInt(data.length).array();
            data = zlib(data);
            flags = 0x80;
        }
        flagged += flags != 0 ? 1 : 0;
        int size = extra.length + data.length;
        byte[] sizeBytes = major == 4 ? syncsafe(size) : ByteBuffer.allocate(4).putInt(size).array();
        return T.cat(id.getBytes(), sizeBytes, new byte[] {(byte) (flags >> 8), (byte) flags}, extra, data);
    }

    @Test
    void randomFlaggedTagsReadTheSameInTheScratchAndInNewArrays() {
        Random rnd = new Random(12);
        String[] ids = {"TIT2", "APIC", "PRIV", "CHAP"};
        int unsynchronisedTags = 0;
        for (int t = 0; t < 600; t++) {
            int major = t % 2 == 0 ? 4 : 3;
            int tagFlags = rnd.nextBoolean() ? 0x80 : 0;
            ByteArrayOutputStream area = new ByteArrayOutputStream();
            for (int i = 0, n = 1 + rnd.nextInt(5); i < n; i++) {
                area.writeBytes(frame(rnd, major, ids[rnd.nextInt(ids.length)]));
            }
            byte[] frames = area.toByteArray();
            // v2.3 unsynchronises the whole tag; v2.4's tag flag means every frame was unsynchronised.
            byte[] body = tagFlags != 0 && major == 3 ? Unsynch.encode(frames) : frames;
            byte[] tag = T.cat(body, new byte[rnd.nextInt(20)]);
            String fast = read(major, tagFlags, tag);
            String plain = withScratchHeld(() -> read(major, tagFlags, tag));
            assertEquals(plain, fast, "tag " + t);
            unsynchronisedTags += tagFlags != 0 ? 1 : 0;
        }
        assertTrue(flagged > 500 && unsynchronisedTags > 200,
                flagged + " flagged frames, " + unsynchronisedTags + " unsynchronised tags");
        FrameBody.Scratch free = FrameBody.Scratch.take();
        assertNotNull(free, "released after each read");
        FrameBody.Scratch.release(free);
    }

    @Test
    void filesWithFlaggedFramesReadTheSameInTheScratchAndInNewArrays() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestFiles.fixturesDir().resolve("id3"))) {
            s.filter(p -> p.toString().endsWith(".mp3")).sorted().forEach(files::add);
        }
        for (Path p : TestFiles.allCorpusFiles()) {
            String name = p.getFileName().toString();
            if (name.endsWith(".mp3") || name.endsWith(".id3")) {
                files.add(p);
            }
        }
        int read = 0;
        for (Path p : files) {
            String fast = describeFile(p);
            String plain = withScratchHeld(() -> describeFile(p));
            assertEquals(plain, fast, p.toString());
            read += fast.startsWith("error") ? 0 : 1;
        }
        assertTrue(read >= 20, read + " files read");
    }

    private static String describeFile(Path p) {
        try {
            return describe(new ID3(p).frames());
        } catch (Exception e) {
            return "error " + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
