// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static mutagen.id3.T.b;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import mutagen.util.BitPaddedInt;
import mutagen.util.ByteReader;
import org.junit.jupiter.api.Test;

/** The in-place handling of frame flags: unsynchronisation ranges, inflating with a size hint, the bpi shortcut. */
class ID3FrameFlagsTest {
    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[256];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static byte[] rest(ByteReader r) {
        return Arrays.copyOfRange(r.array(), r.arrayPosition(), r.arrayLimit());
    }

    @Test
    void unsynchDecodesOnlyItsRangeAndCopiesOnlyWhenSomethingIsUndone() {
        byte[] plain = b("x\u00ffab\u00ff\u00e0");
        // FF followed by 'a' is kept; the range ends before the invalid FF E0.
        assertSame(plain, Unsynch.decodeOrNull(plain, 1, 4));
        byte[] escaped = b("x\u00ff\0\u00e0\u00ff\0\0y");
        assertArrayEquals(b("\u00ff\u00e0\u00ff\0"), Unsynch.decodeOrNull(escaped, 1, 7));
        assertNull(Unsynch.decodeOrNull(escaped, 1, 5), "a range ending with FF is invalid");
        assertNull(Unsynch.decodeOrNull(plain, 4, 6), "FF E0 is invalid");
        assertSame(plain, Unsynch.decodeOrNull(plain, 2, 2), "an empty range is read in place");
    }

    @Test
    void unsynchUndoesMoreEscapesThanItNotes() {
        // 300 escapes (more than the positions noted on the first pass), between runs of other bytes and FFs.
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 300; i++) {
            raw.writeBytes(b("ab\u00ff\u0001" + "c".repeat(i % 7) + (i % 3 == 0 ? "\u00ff\u00e1" : "\u00ff\0")));
        }
        byte[] plainBytes = T.cat(b("x"), raw.toByteArray(), b("y"));
        byte[] escaped = Unsynch.encode(plainBytes);
        byte[] framed = T.cat(b("head"), escaped, b("\u00ff\u00ff"));
        assertArrayEquals(plainBytes, Unsynch.decodeOrNull(framed, 4, 4 + escaped.length));
        assertArrayEquals(plainBytes, Unsynch.decode(escaped));
    }

    @Test
    void inflateGrowsPastAWrongSizeAndIgnoresAnImplausibleOne() {
        byte[] text = b("some text that is long enough to compress ".repeat(40));
        byte[] packed = deflate(text);
        byte[] framed = T.cat(b("pad"), packed, b("tail"));
        for (long hint : new long[] {0, 1, text.length, text.length + 1000, Long.MAX_VALUE / 2}) {
            ID3Header h = new ID3Header(4);
            ByteReader r = Frame.inflate(h, framed, 3, 3 + packed.length, hint);
            assertArrayEquals(text, rest(r), "hint " + hint);
            h.endInflater();
        }
        ID3Header h = new ID3Header(4);
        assertNull(Frame.inflate(h, framed, 3, 2 + packed.length, text.length), "a truncated stream");
        assertNull(Frame.inflate(h, b("not zlib"), 0, 8, 0));
        h.endInflater();
    }

    @Test
    void compressedFramesOfEachVersionShareTheTagsInflater() throws Exception {
        byte[] body = T.cat(b("\3"), b("compressed title"));
        byte[] packed = deflate(body);
        Supplier<? extends Frame> tit2 = Frames.v23().get("TIT2");
        byte[] v23 = T.cat(new byte[] {0, 0, 0, (byte) body.length}, packed);
        assertEquals("compressed title", Frame.fromData(tit2, T.H23, Frame.FLAG23_COMPRESS, v23).str());
        byte[] v24 = T.cat(BitPaddedInt.encodeSyncsafe(body.length), packed);
        int flags = Frame.FLAG24_COMPRESS | Frame.FLAG24_DATALEN;
        assertEquals("compressed title", Frame.fromData(tit2, T.H24, flags, v24).str());
        // Without its data length (QL 0.12): the first four bytes are taken for it, then given back.
        assertEquals("compressed title", Frame.fromData(tit2, T.H24, Frame.FLAG24_COMPRESS, packed).str());
        assertThrows(ID3JunkFrameError.class,
                () -> Frame.fromData(tit2, T.H24, Frame.FLAG24_COMPRESS, Arrays.copyOf(packed, 6)));
        assertThrows(ID3EncryptionUnsupportedError.class,
                () -> Frame.fromData(tit2, T.H24, Frame.FLAG24_ENCRYPT, body));
    }

    @Test
    void determineBpiShortcutAgreesWithBothWalks() {
        Map<String, Supplier<? extends Frame>> known = Frames.v23();
        byte[] small = T.cat(b("TIT2\0\0\0\5\0\0\3abcd"), b("TPE1\0\0\0\2\0\0\3a"));
        // Sizes below 128 read the same both ways; the walk ends 1 past the end: plain integers, as mutagen.
        assertFalse(ID3FrameReader.determineBpi(small, 0, small.length - 1, known));
        assertTrue(ID3FrameReader.determineBpi(small, 0, small.length, known));
        assertTrue(ID3FrameReader.determineBpi(T.cat(small, new byte[20]), 0, small.length + 20, known));
        List<Integer> sizes = List.of(200, 130);
        byte[] big = new byte[0];
        for (int size : sizes) {
            big = T.cat(big, b("TXXX"), BitPaddedInt.encodeSyncsafe(size), b("\0\0"), new byte[size]);
        }
        assertTrue(ID3FrameReader.determineBpi(big, 0, big.length, known));
    }
}
