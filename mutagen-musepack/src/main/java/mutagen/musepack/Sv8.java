// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.musepack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The packets of an SV8 stream, read until both mandatory ones ({@code SH}, {@code RG}) were seen. */
final class Sv8 {
    private final MusepackParser in;
    private final MusepackInfo info;

    Sv8(MusepackParser in) {
        this.in = in;
        this.info = in.info();
    }

    /** A variable-length integer (7 bits a byte, big-endian, at most 9 bytes): value and byte count, or null. */
    private long[] varint() throws IOException {
        long num = 0;
        for (int i = 0; i < 9; i++) {
            byte[] c = in.read(1);
            if (c.length != 1) {
                return null;
            }
            num = (num << 7) | (c[0] & 0x7F);
            if ((c[0] & 0x80) == 0) {
                return new long[] {num, i + 1};
            }
        }
        return null;
    }

    private String key() throws IOException {
        byte[] k = in.read(2);
        // mutagen compares the two bytes with b'AA' and b'ZZ' as a whole
        boolean ok = k.length == 2 && compare(k, 'A', 'A') >= 0 && compare(k, 'Z', 'Z') <= 0;
        if (!ok) {
            throw new MusepackHeaderError("Invalid frame key.");
        }
        return new String(k, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static int compare(byte[] k, char a, char b) {
        int c = Integer.compare(k[0] & 0xFF, a);
        return c != 0 ? c : Integer.compare(k[1] & 0xFF, b);
    }

    void parse() throws IOException {
        List<String> mandatory = new ArrayList<>(List.of("SH", "RG"));
        long keyAt = in.position();
        String type = key();
        while (!type.equals("AP") && !type.equals("SE") && !mandatory.isEmpty()) {
            long[] size = varint();
            if (size == null) {
                throw new MusepackHeaderError("Invalid packet size.");
            }
            long dataSize = size[0] - 2 - size[1];
            if (type.equals("SH") || type.equals("RG")) {
                if (!mandatory.remove(type)) {
                    throw new MusepackHeaderError("Duplicate " + type + " packet");
                }
                if (type.equals("SH")) {
                    streamHeader(dataSize);
                } else {
                    replayGain(dataSize);
                }
            } else {
                in.seek(dataSize);
            }
            if (in.position() <= keyAt) {
                // mutagen would read the same packets again forever
                throw new MusepackHeaderError("Invalid packet size.");
            }
            keyAt = in.position();
            type = key();
        }
        if (!mandatory.isEmpty()) {
            List<String> reprs = new ArrayList<>();
            for (String m : mandatory) {
                reprs.add("b'" + m + "'");
            }
            throw new MusepackHeaderError("Missing mandatory packets: " + String.join(", ", reprs) + ".");
        }
        info.length = (double) info.samples / info.sampleRate;
        info.bitrate = 0;
    }

    private void streamHeader(long dataSize) throws IOException {
        in.seek(4);
        long remaining = dataSize - 4;
        byte[] v = in.read(1);
        if (v.length != 1) {
            throw new MusepackHeaderError("SH packet ended unexpectedly.");
        }
        info.version = v[0] & 0xFF;
        remaining -= 1;
        long[] samples = varint();
        long[] skip = samples == null ? null : varint();
        if (skip == null) {
            throw new MusepackHeaderError("SH packet: Invalid sample counts.");
        }
        info.samples = samples[0] - skip[0];
        remaining -= samples[1] + skip[1];
        byte[] data = in.read(remaining);
        if (data.length != remaining || data.length < 2) {
            throw new MusepackHeaderError("SH packet ended unexpectedly.");
        }
        int rateIndex = (data[0] & 0xFF) >> 5;
        if (rateIndex >= MusepackParser.RATES.length) {
            throw new MusepackHeaderError("Invalid sample rate");
        }
        info.sampleRate = MusepackParser.RATES[rateIndex];
        info.channels = ((data[1] & 0xFF) >> 4) + 1;
    }

    private void replayGain(long dataSize) throws IOException {
        byte[] data = in.read(dataSize);
        if (dataSize < 9) {
            throw new MusepackHeaderError("Invalid RG packet size.");
        }
        if (data.length != dataSize) {
            throw new MusepackHeaderError("RG packet ended unexpectedly.");
        }
        int titleGain = s16be(data, 1);
        int titlePeak = s16be(data, 3);
        int albumGain = s16be(data, 5);
        int albumPeak = s16be(data, 7);
        if (titleGain != 0) {
            info.titleGain = gain(titleGain);
        }
        if (titlePeak != 0) {
            info.titlePeak = peak(titlePeak);
        }
        if (albumGain != 0) {
            info.albumGain = gain(albumGain);
        }
        if (albumPeak != 0) {
            info.albumPeak = peak(albumPeak);
        }
    }

    private static int s16be(byte[] d, int i) {
        return (short) ((d[i] & 0xFF) << 8 | (d[i + 1] & 0xFF));
    }

    private static double gain(int v) {
        return 64.82 - v / 256.0;
    }

    private static double peak(int v) {
        return Math.pow(10, v / (256.0 * 20.0)) / 65535.0;
    }
}
