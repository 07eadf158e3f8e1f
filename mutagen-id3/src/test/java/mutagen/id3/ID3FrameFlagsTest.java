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

/**
 * The in-place handling of frame flags: unsynchronisation ranges, inflating with a size hint, the zlib header and
 * encryption checks made without exceptions, the bpi shortcut and its frame count.
 */
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
            ByteReader r = FrameBody.inflate(h, framed, 3, 3 + packed.length, hint);
            assertArrayEquals(text, rest(r), "hint " + hint);
            h.endInflater();
        }
        ID3Header h = new ID3Header(4);
        assertNull(FrameBody.inflate(h, framed, 3, 2 + packed.length, text.length), "a truncated stream");
        assertNull(FrameBody.inflate(h, b("not zlib"), 0, 8, 0));
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
    void zlibHeaderCheckAgreesWithZlibOnEveryHeader() {
        byte[] packed = deflate(b("a short text, short distances"));
        java.util.zip.Inflater inf = new java.util.zip.Inflater();
        int accepted = 0;
        for (int cmf = 0; cmf < 256; cmf++) {
            for (int flg = 0; flg < 256; flg++) {
                byte[] stream = packed.clone();
                stream[0] = (byte) cmf;
                stream[1] = (byte) flg;
                boolean inflates;
                inf.reset();
                inf.setInput(stream);
                try {
                    inf.inflate(new byte[256]);
                    inflates = inf.finished();
                } catch (java.util.zip.DataFormatException e) {
                    inflates = false;
                }
                assertEquals(inflates, FrameBody.zlibHeader(cmf, flg), "header " + cmf + " " + flg);
                accepted += inflates ? 1 : 0;
            }
        }
        inf.end();
        // Window sizes 256 B .. 32 KB and four levels, one check value each (of 8 or 9 per pair without FDICT).
        assertTrue(accepted >= 8 * 4, "accepted " + accepted);
    }

    @Test
    void encryptedAgreesWithTheErrorOfFromData() throws Exception {
        Supplier<? extends Frame> tit2 = Frames.v23().get("TIT2");
        int[] v24Bits = {Frame.FLAG24_DATALEN, Frame.FLAG24_UNSYNCH, Frame.FLAG24_ENCRYPT, Frame.FLAG24_COMPRESS,
            Frame.FLAG24_GROUPID};
        int[] v23Bits = {Frame.FLAG23_COMPRESS, Frame.FLAG23_ENCRYPT, Frame.FLAG23_GROUP};
        for (ID3Header h : List.of(T.H23, T.H24, new ID3Header(2))) {
            int[] bits = h.major >= 4 ? v24Bits : v23Bits;
            for (int set = 0; set < 1 << bits.length; set++) {
                int flags = 0;
                for (int i = 0; i < bits.length; i++) {
                    flags |= (set >> i & 1) != 0 ? bits[i] : 0;
                }
                for (int size = 0; size <= 6; size++) {
                    byte[] body = Arrays.copyOf(b("\3title"), size);
                    boolean refused;
                    try {
                        Frame.fromData(tit2, h, flags, body);
                        refused = false;
                    } catch (ID3EncryptionUnsupportedError e) {
                        refused = true;
                    } catch (ID3JunkFrameError e) {
                        refused = false;
                    }
                    assertEquals(refused, FrameBody.encrypted(h, flags, size),
                            "v2." + h.major + " flags " + Integer.toHexString(flags) + " size " + size);
                }
            }
        }
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
        // The frame headers of the reading chosen: as syncsafe sizes two frames; as plain integers (the 130 read
        // as 258) the walk would meet one.
        assertEquals(2, ID3FrameReader.bpi(big, 0, big.length, known).headers());
        assertEquals(2, ID3FrameReader.bpi(T.cat(small, new byte[20]), 0, small.length + 20, known).headers());
        byte[] plainSizes = T.cat(b("TXXX\0\0\0\u0080\0\0"), new byte[128], b("TIT2\0\0\0\5\0\0\3abcd"));
        assertFalse(ID3FrameReader.determineBpi(plainSizes, 0, plainSizes.length, known));
        assertEquals(2, ID3FrameReader.bpi(plainSizes, 0, plainSizes.length, known).headers());
    }
}
