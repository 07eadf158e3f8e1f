// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.util.ByteReader;

/** Small helpers shared by the ID3 tests. */
final class T {
    static final ID3Header H22 = new ID3Header(2);
    static final ID3Header H23 = new ID3Header(3);
    static final ID3Header H24 = new ID3Header(4);

    private T() {
    }

    /** Bytes from a Latin-1 string (Python's {@code b'...'} literals). */
    static byte[] b(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Bytes from hex digits. */
    static byte[] hex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    static byte[] cat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }

    static byte[] repeat(String s, int n) {
        return b(s.repeat(n));
    }

    /** A header of a major version with flags. */
    static ID3Header header(int major, int flags) {
        ID3Header h = new ID3Header(major);
        h.flags = flags;
        return h;
    }

    /** A frame reader over bytes, as frames are read. */
    static ByteReader reader(byte[] data) {
        return Spec.frameReader(data, 0, data.length);
    }

    /** Reads a spec: the value and the bytes left, as mutagen's {@code spec.read} returns them. */
    static Object[] read(Spec spec, ID3Header header, Frame frame, byte[] data) throws SpecError {
        ByteReader d = reader(data);
        Object v;
        try {
            v = spec.read(header == null ? H24 : header, frame, d);
        } catch (mutagen.MutagenError e) {
            throw new SpecError(e.getMessage());
        }
        return new Object[] {v, d.rest()};
    }

    /** A frame holding only an encoding field, standing in for mutagen's bare {@code Frame()} in spec tests. */
    static Frame encFrame(int encoding) {
        TIT2 f = new TIT2();
        f.set("encoding", encoding);
        return f;
    }

    static Frame fromData(String id, ID3Header h, int flags, byte[] data) throws ID3Error {
        java.util.function.Supplier<? extends Frame> s = id.length() == 3 ? Frames.v22().get(id) : Frames.v23().get(id);
        return Frame.fromData(s, h, flags, data);
    }

    static List<String> list(String... s) {
        return new ArrayList<>(Arrays.asList(s));
    }
}
