// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import mutagen.MutagenError;
import mutagen.util.BitPaddedInt;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;

/** Reads the frames of a tag's frame area (mutagen's {@code ID3Tags._read} and {@code read_frames}). */
final class ID3FrameReader {
    private static final byte[] EMPTY10 = new byte[10];

    private ID3FrameReader() {
    }

    /**
     * What follows the frames: {@code data[from, to)}. {@code data} may be the de-unsynchronised copy of the input,
     * in the thread's {@link FrameBody.Scratch} array: valid until the thread reads another frame.
     */
    record Left(byte[] data, int from, int to) {
    }

    /**
     * Parses the frames of {@code data[from, to)} (mutagen's {@code read_frames}); never fails, bad frames are
     * skipped. Unsupported frames with valid IDs go to {@code unsupported} as raw bytes. With {@code upgrade}, v2.2
     * frames whose upgrade only copies their fields are read as their v2.3 frames at once. Each frame goes to
     * {@code result} as soon as it is read (nothing in reading depends on what the caller does with it).
     */
    static Left readFrames(ID3Header id3, byte[] data, int from, int to, Map<String, Supplier<? extends Frame>> known,
                           boolean upgrade, Consumer<? super Frame> result, List<byte[]> unsupported) {
        return readFrames(id3, data, from, to, known, upgrade, null, result, unsupported);
    }

    /**
     * {@link #readFrames(ID3Header, byte[], int, int, Map, boolean, Consumer, List)}, telling {@code expect} (when not
     * null) how many frame headers the walk will meet before it reads the first frame.
     */
    static Left readFrames(ID3Header id3, byte[] data, int from, int to, Map<String, Supplier<? extends Frame>> known,
                           boolean upgrade, IntConsumer expect, Consumer<? super Frame> result,
                           List<byte[]> unsupported) {
        FrameBody.Scratch scratch = null;
        if (id3.major < 4 && id3.fUnsynch()) {
            // Undone in this thread's scratch array when it is free (the frames copy what they keep from it).
            scratch = FrameBody.Scratch.take();
            byte[] decoded = Unsynch.decodeOrNull(data, from, to, scratch);
            if (decoded != null && decoded != data) {
                data = decoded;
                from = 0;
                to = scratch != null ? scratch.length : decoded.length;
            }
        }
        int len = to;
        // The frame headers are read through a reader over the tag; the bodies are parsed where they lie.
        ByteReader in = new ByteReader(data, from, to, 0, ID3Error::new);
        try {
            walkFrames(id3, in, known, upgrade, expect, result, unsupported);
        } catch (MutagenError e) {
            throw new IllegalStateException("frame header read out of bounds", e); // not reached: sizes are checked
        } finally {
            if (id3.nesting == 0) {
                id3.endInflater();
            }
            FrameBody.Scratch.release(scratch);
        }
        return new Left(data, in.arrayPosition(), len);
    }

    /** The loop of {@link #readFrames}: reads frames until the padding, leaving the reader where it starts. */
    private static void walkFrames(ID3Header id3, ByteReader in, Map<String, Supplier<? extends Frame>> known,
                                   boolean upgrade, IntConsumer expect, Consumer<? super Frame> result,
                                   List<byte[]> unsupported) throws MutagenError {
        byte[] data = in.array();
        int len = in.arrayLimit();
        // One reader for the bodies of the plain frames of this walk, pointed at each in turn: no object per frame.
        ByteReader body = Spec.frameReader(data, 0, 0);
        if (id3.major >= 3) {
            // v2.4: the walk that settles the size reading also counts the frame headers (no third walk to count).
            Bpi bpi = id3.major >= 4 ? bpi(data, in.arrayPosition(), len, known) : null;
            boolean syncsafe = bpi != null && bpi.syncsafe();
            if (expect != null) {
                expect.accept(bpi != null ? bpi.headers() : count(data, in.arrayPosition(), len, 10));
            }
            while (in.remaining() >= 10) {
                int p = in.arrayPosition();
                if (data[p] == 0 && data[p + 1] == 0 && data[p + 2] == 0 && data[p + 3] == 0) {
                    break;
                }
                in.skip(4);
                long size = in.u32be();
                if (syncsafe) {
                    size = BitPaddedInt.decode(size, 7);
                }
                int flags = in.u16be();
                int dataEnd = (int) Math.min(len, p + 10 + size);
                in.skip(Math.min(size, in.remainingLong()));
                if (size == 0) {
                    continue;
                }
                CachedId id = id(data, p, 4);
                if (id == null) {
                    continue;
                }
                String name = id.id;
                Supplier<? extends Frame> factory;
                if (name.charAt(3) == '\0') {
                    // Some taggers write v2.3 frames with v2.2 names.
                    String parent = name.substring(0, 3).equals("CRM") ? "Frame" : Frames.v22Parent(name.substring(0, 3));
                    if (parent == null) {
                        continue;
                    }
                    factory = known.get(parent);
                    if (factory == null) {
                        if (Frames.isValidFrameId(parent)) {
                            unsupported.add(Arrays.copyOfRange(data, p, dataEnd));
                        }
                        continue;
                    }
                } else {
                    factory = known == Frames.v23() ? id.v23 : known.get(name);
                }
                if (factory == null) {
                    if (Frames.isValidFrameId(name)) {
                        unsupported.add(Arrays.copyOfRange(data, p, dataEnd));
                    }
                    continue;
                }
                if (FrameBody.encrypted(id3, flags, dataEnd - p - 10)) {
                    unsupported.add(Arrays.copyOfRange(data, p, dataEnd)); // kept as fromData would: no exception
                    continue;
                }
                Frame frame;
                try {
                    frame = Frame.fromData(factory, id3, flags, data, p + 10, dataEnd, body);
                } catch (ID3EncryptionUnsupportedError e) {
                    unsupported.add(Arrays.copyOfRange(data, p, dataEnd));
                    continue;
                } catch (ID3JunkFrameError | RuntimeException e) {
                    continue; // junk frames are dropped
                }
                result.accept(frame);
            }
        } else {
            if (expect != null) {
                expect.accept(count(data, in.arrayPosition(), len, 6));
            }
            while (in.remaining() >= 6) {
                int p = in.arrayPosition();
                if (data[p] == 0 && data[p + 1] == 0 && data[p + 2] == 0) {
                    break;
                }
                in.skip(3);
                int size = in.u24be();
                int dataEnd = (int) Math.min(len, (long) p + 6 + size);
                in.skip(Math.min(size, in.remainingLong()));
                if (size == 0) {
                    continue;
                }
                String name = ascii(data, p, 3);
                if (name == null) {
                    continue;
                }
                Supplier<? extends Frame> factory = upgrade && known == Frames.v22() ? asUpgraded(name)
                        : known.get(name);
                if (factory == null) {
                    if (Frames.isValidFrameId(name)) {
                        unsupported.add(Arrays.copyOfRange(data, p, dataEnd));
                    }
                    continue;
                }
                Frame frame;
                try {
                    frame = Frame.fromData(factory, id3, 0, data, p + 6, dataEnd, body);
                } catch (ID3EncryptionUnsupportedError e) {
                    unsupported.add(Arrays.copyOfRange(data, p, dataEnd));
                    continue;
                } catch (ID3JunkFrameError | RuntimeException e) {
                    continue; // junk frames are dropped
                }
                result.accept(frame);
            }
        }
        // The padding is only counted by the caller: no copy of it here.
    }

    /** How many v2.2/v2.3 frame headers (of {@code header} bytes) the walk of {@code data[from, to)} meets. */
    private static int count(byte[] data, int from, int to, int header) {
        int n = 0;
        for (long p = from; p + header <= to && (data[(int) p] | data[(int) p + 1] | data[(int) p + 2]) != 0; n++) {
            int at = (int) p;
            long size = header == 6 ? Bytes.u32be(data, at + 2) & 0xFFFFFF : Bytes.u32be(data, at + 4);
            p += header + size;
        }
        return n;
    }

    // Per v2.2 ID, the factory its frames are read with when they are upgraded on adding (see asUpgraded).
    private static final Map<String, Supplier<? extends Frame>> UPGRADED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The factory of v2.2 frames of an ID that are upgraded when added to a tag: their v2.3 parent's when the
     * upgrade only copies the fields (its class and those between it and {@link Frame} do not declare
     * {@code upgradeFrame}), so the frame is read once as what the tag keeps; else the v2.2 class's own.
     */
    private static Supplier<? extends Frame> asUpgraded(String id) {
        Supplier<? extends Frame> known = UPGRADED.get(id);
        if (known != null) {
            return known; // no capturing lambda made per frame, as computeIfAbsent's argument would be
        }
        Supplier<? extends Frame> own = Frames.v22().get(id);
        return own == null ? null : UPGRADED.computeIfAbsent(id, k -> {
            Frame frame = own.get();
            String parent = Frames.v22Parent(k);
            Supplier<? extends Frame> upgraded = parent == null ? null : Frames.v23().get(parent);
            for (Class<?> c = frame.getClass(); c != Frame.class; c = c.getSuperclass()) {
                if (Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals("upgradeFrame"))) {
                    return own;
                }
            }
            Frame target = upgraded == null ? null : upgraded.get();
            return target != null && target.framespec().equals(frame.framespec())
                    && target.optionalspec().equals(frame.optionalspec()) ? upgraded : own;
        });
    }

    /** The frame ID of {@code n} (3 or 4) bytes at {@code off}, or {@code null} when one is not ASCII. */
    private static String ascii(byte[] data, int off, int n) {
        CachedId id = id(data, off, n);
        return id == null ? null : id.id;
    }

    /** The cached entry of the frame ID of {@code n} (3 or 4) bytes at {@code off}, or {@code null} (not ASCII). */
    private static CachedId id(byte[] data, int off, int n) {
        int code = 0;
        for (int i = 0; i < n; i++) {
            byte b = data[off + i];
            if (b < 0) {
                return null;
            }
            code = (code << 8) | b;
        }
        // IDs repeat from tag to tag: one String per ID (its hash computed once), not one per frame read.
        int slot = slot(code, n);
        CachedId cached = ID_CACHE[slot];
        if (cached != null && cached.code == code && cached.id.length() == n) {
            return cached;
        }
        String id = new String(data, off, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        // Not an ID of the registry (those were put first, with their factories), or one whose slot was taken.
        cached = new CachedId(code, id, Frames.v23().get(id));
        ID_CACHE[slot] = cached;
        return cached;
    }

    /**
     * A cached ID with its bytes as an int (compared at once, not char by char) and its factory in the default
     * registry, {@link Frames#v23()} (null when it has none): no map lookup per frame read with the defaults.
     */
    private record CachedId(int code, String id, Supplier<? extends Frame> v23) {
    }

    private static final int ID_CACHE_BITS = 10;
    // Written racily: a slot holds some complete (final-field) entry or null, and a reader checks what it finds.
    private static final CachedId[] ID_CACHE = new CachedId[1 << ID_CACHE_BITS];

    static {
        // The registry's own strings first: a map lookup with the very key instance ends at an identity check.
        for (Map<String, Supplier<? extends Frame>> registry : List.of(Frames.v23(), Frames.v22())) {
            for (String id : registry.keySet()) {
                int code = codeOf(id);
                ID_CACHE[slot(code, id.length())] = new CachedId(code, id, Frames.v23().get(id));
            }
        }
    }

    private static int slot(int code, int length) {
        return ((code * 0x9E3779B9) >>> (32 - ID_CACHE_BITS)) ^ (length == 3 ? 1 : 0);
    }

    private static int codeOf(String id) {
        int code = 0;
        for (int i = 0; i < id.length(); i++) {
            code = (code << 8) | id.charAt(i);
        }
        return code;
    }

    /**
     * Whether v2.4 frame sizes are syncsafe (true) or plain integers as old iTunes wrote them (mutagen's
     * {@code determine_bpi}): both readings are walked and the one finding more known frames, or ending closer to
     * the end, wins. Over {@code data[from, to)}.
     */
    static boolean determineBpi(byte[] data, int from, int to, Map<String, Supplier<? extends Frame>> frames) {
        return bpi(data, from, to, frames).syncsafe();
    }

    /** {@link #determineBpi}'s answer, and how many frame headers the chosen reading met (a size hint). */
    record Bpi(boolean syncsafe, int headers) {
    }

    /** {@link #determineBpi} with the number of frame headers of the reading it chose. */
    static Bpi bpi(byte[] data, int from, int to, Map<String, Supplier<? extends Frame>> frames) {
        long[] bpi = walk(data, from, to, frames, true);
        long asbpi = bpi[0];
        long bpioff = bpi[1];
        if (bpi[2] == 0) {
            // No size read differently as a plain integer: that walk would be this one (a tag of small frames).
            return new Bpi(bpioff != 1, (int) bpi[3]);
        }
        long[] plain = walk(data, from, to, frames, false);
        long asint = plain[0];
        long intoff = plain[1];
        boolean syncsafe = !(asint > asbpi || (asint == asbpi && (bpioff >= 1 && intoff <= 1)));
        return new Bpi(syncsafe, (int) (syncsafe ? bpi : plain)[3]);
    }

    /**
     * One reading of the frame sizes: the known frames found, how far past the end it ended, whether a size
     * differed from the plain integer (1) or not (0), and how many frame headers it met.
     */
    private static long[] walk(byte[] data, int from, int to, Map<String, Supplier<? extends Frame>> frames,
                               boolean syncsafe) {
        long o = from;
        long count = 0;
        long differs = 0;
        long headers = 0;
        int len = to;
        while (o < len - 10) {
            int p = (int) o;
            if (Bytes.regionMatches(data, p, EMPTY10)) {
                return new long[] {count, -((len - o) % 10), differs, headers};
            }
            headers++;
            long raw = Bytes.u32be(data, p + 4);
            long size = syncsafe ? BitPaddedInt.decode(raw, 7) : raw;
            differs |= size != raw ? 1 : 0;
            o += 10 + size;
            CachedId id = id(data, p, 4);
            if (id != null && (frames == Frames.v23() ? id.v23 != null : frames.containsKey(id.id))) {
                count++;
            }
        }
        return new long[] {count, o - len, differs, headers};
    }
}
