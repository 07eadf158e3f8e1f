// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import mutagen.util.BitPaddedInt;
import mutagen.util.PyCompat;

/** Writes the frames of a tag (mutagen's {@code ID3Tags._write} and {@code save_frame}); see {@link ID3Translation}. */
final class ID3FrameWriter {
    private static final List<String> ORDER = List.of("TIT2", "TPE1", "TRCK", "TALB", "TPOS", "TDRC", "TCON");

    private ID3FrameWriter() {
    }

    /** The serialised frames of a tag in mutagen's order, followed by unknown frames of the same version. */
    static byte[] writeFrames(ID3Tags tags, ID3SaveConfig config) throws ID3Error {
        List<Frame> list = tags.values();
        int n = list.size();
        byte[][] data = new byte[n][];
        Integer[] index = new Integer[n];
        for (int i = 0; i < n; i++) {
            data[i] = saveFrame(list.get(i), config);
            index[i] = i;
        }
        Arrays.sort(index, Comparator.<Integer>comparingInt(i -> prio(list.get(i)))
                // Pictures keep their order (players pick the first); others go by size.
                .thenComparingInt(i -> list.get(i).frameId().equals("APIC") ? i : data[i].length)
                .thenComparing(i -> list.get(i).hashKey(), PyCompat.CODEPOINT_ORDER));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Integer i : index) {
            out.writeBytes(data[i]);
        }
        // Unknown frames are written back only into a tag of the version they were read from.
        if (tags.unknownV2Version() == config.v2Version) {
            for (byte[] raw : tags.unknownFrames()) {
                if (raw.length > 10) {
                    out.writeBytes(raw);
                }
            }
        }
        return out.toByteArray();
    }

    private static int prio(Frame f) {
        String id = f.frameId();
        int i = ORDER.indexOf(id);
        if (i >= 0) {
            return i;
        }
        return id.equals("APIC") ? ORDER.size() + 1 : ORDER.size();
    }

    /** A frame with its 10-byte header (mutagen's {@code save_frame}); empty text frames give no bytes. */
    static byte[] saveFrame(Frame frame, ID3SaveConfig config) throws ID3Error {
        if (frame instanceof TextFrame && frame.str().isEmpty()) {
            return new byte[0];
        }
        byte[] framedata = frame.writeData(config);
        int bits = config.v2Version == 4 ? 7 : 8;
        byte[] size = BitPaddedInt.encode(framedata.length, bits, true, 4, 4);
        byte[] out = new byte[10 + framedata.length];
        String id = frame.frameId();
        for (int i = 0; i < 4 && i < id.length(); i++) {
            char c = id.charAt(i);
            if (c > 0x7F) {
                throw new IllegalArgumentException("'ascii' codec can't encode frame ID " + id);
            }
            out[i] = (byte) c;
        }
        System.arraycopy(size, 0, out, 4, 4);
        System.arraycopy(framedata, 0, out, 10, framedata.length);
        return out;
    }
}
