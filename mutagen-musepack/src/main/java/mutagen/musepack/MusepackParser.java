// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.musepack;

import java.io.IOException;
import mutagen.StreamInfo;
import mutagen.util.BitPaddedInt;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * Reads Musepack stream headers as mutagen does: an ID3v2 tag at the start is skipped; {@code MPCK} starts an SV8
 * stream (packets with a two-letter key and a variable-length size, until {@code AP} or {@code SE} or until both
 * the {@code SH} stream header and {@code RG} replay gain packets were read); else a 32-byte SV7 ({@code MP+}) or
 * SV4 to SV6 header. When the stream gives no bitrate it is the file size over the length.
 */
final class MusepackParser {
    static final int[] RATES = {44100, 48000, 37800, 32000};
    /** Python's text for read() with a negative length other than -1. */
    static final String BAD_READ = "read length must be non-negative or -1";

    private final FileSource src;
    private final MusepackInfo info = new MusepackInfo();
    // The SV8 packets are read through the shared reader over the whole file, as mutagen reads its file object.
    private ByteReader in;

    private MusepackParser(FileSource src) {
        this.src = src;
    }

    static StreamInfo read(FileSource src) throws IOException {
        MusepackParser p = new MusepackParser(src);
        p.parse();
        return p.info;
    }

    private static MusepackHeaderError notMusepack() {
        return new MusepackHeaderError("not a Musepack file");
    }

    private void parse() throws IOException {
        byte[] header = src.read(0, 4);
        if (header.length != 4) {
            throw notMusepack();
        }
        long start = 0;
        if (Bytes.startsWith(header, Bytes.ascii("ID3"))) {
            byte[] id3 = src.read(4, 6);
            if (id3.length != 6) {
                throw notMusepack();
            }
            start = 10 + BitPaddedInt.decode(java.util.Arrays.copyOfRange(id3, 2, 6));
            header = src.read(start, 4);
            if (header.length != 4) {
                throw notMusepack();
            }
        }
        if (Bytes.startsWith(header, Bytes.ascii("MPCK"))) {
            in = src.reader(MusepackHeaderError::new).lenient();
            in.seek(start + 4);
            new Sv8(this).parse();
        } else {
            sv467(start);
        }
        if (info.bitrate == 0 && info.length != 0) {
            info.bitrate = PyRepr.intRound(src.size() * 8 / info.length);
        }
    }

    private void sv467(long start) throws IOException {
        byte[] h = src.read(start, 32);
        if (h.length != 32) {
            throw notMusepack();
        }
        ByteReader r = new ByteReader(h, MusepackHeaderError::new);
        long frames;
        if (Bytes.startsWith(h, Bytes.ascii("MP+"))) {
            info.version = h[3] & 0xF;
            if (info.version < 7) {
                throw notMusepack();
            }
            r.skip(4);
            frames = r.u32le();
            long flags = r.u32le();
            info.titlePeak = r.u16le() / 65535.0;
            info.titleGain = r.s16le() / 100.0;
            info.albumPeak = r.u16le() / 65535.0;
            info.albumGain = r.s16le() / 100.0;
            info.sampleRate = RATES[(int) ((flags >> 16) & 3)];
            info.bitrate = 0;
        } else {
            long dword = r.u32le();
            info.version = (int) ((dword >> 11) & 0x3FF);
            if (info.version < 4 || info.version > 6) {
                throw notMusepack();
            }
            info.bitrate = (dword >> 23) & 0x1FF;
            info.sampleRate = 44100;
            frames = info.version >= 5 ? Bytes.u32le(h, 4) : (h[6] & 0xFF) | (h[7] & 0xFF) << 8;
            if (info.version < 6) {
                frames -= 1;
            }
        }
        info.channels = 2;
        info.length = (double) (frames * 1152 - 576) / info.sampleRate;
    }

    // ------------------------------------------------------------------------------------------------------------
    // reading at the current position, with the semantics of mutagen's file object

    /** Up to {@code n} bytes at the position (fewer at the end); -1 reads to the end; other negatives fail. */
    byte[] read(long n) throws IOException {
        if (n < -1) {
            throw new MusepackHeaderError(BAD_READ);
        }
        long want = n == -1 ? in.remainingLong() : Math.min(n, in.remainingLong());
        if (want > mutagen.util.Limits.MAX_ARRAY) {
            throw new MusepackHeaderError("packet of " + want + " bytes is too large");
        }
        return in.bytes(want);
    }

    /**
     * A relative seek; before the start of the file it fails as Python's does. Past the end it stops at the end:
     * Python's position would go further, but every read there is empty either way, and the only use of the
     * position (the packet loop's progress check) compares it with a key read before the end.
     */
    void seek(long delta) throws mutagen.MutagenError {
        long target = in.tell() + delta;
        if (target < 0) {
            throw new MusepackHeaderError("[Errno 22] Invalid argument");
        }
        in.seek(Math.min(target, in.lengthLong()));
    }

    long position() {
        return in.tell();
    }

    MusepackInfo info() {
        return info;
    }
}
