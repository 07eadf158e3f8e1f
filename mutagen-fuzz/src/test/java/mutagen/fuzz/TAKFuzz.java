// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import java.io.IOException;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.tak.TAK;
import mutagen.tak.TAKProvider;
import mutagen.util.FileSource;

/**
 * TAK's row: the APEv2 edit, declined for files whose metadata blocks run into the bytes a save rewrites. TAK's
 * metadata is a chain of blocks ending at an END block; when a file has no END block before its APEv2 tag (or
 * Lyrics3v2 block, or ID3v1 tag), the chain is read through those bytes, and a save that changes them changes how
 * the file reads: the reopened file fails ({@code not enough data}) or reads other stream information. mutagen
 * 1.48.1 does the same (found by {@code fuzz/run tak}, the input kept in {@code FormatFuzzTestInputs/tak/}), so such a
 * file "cannot take this edit". The provider opens a {@link Scanned} TAK that knows where its chain ended.
 */
final class TAKFuzz {
    private TAKFuzz() {
    }

    /** A TAK file and the offset just after the last byte its metadata chain read. */
    static final class Scanned extends TAK {
        final long chainEnd;
        final long tailStart;

        Scanned(FileSource source) throws IOException {
            super(source);
            this.chainEnd = chainEnd(source);
            this.tailStart = tailStart(source);
        }
    }

    /** Opens TAK files as {@link Scanned}. */
    static final FormatProvider PROVIDER = new FormatProvider() {
        private final TAKProvider tak = new TAKProvider();

        @Override
        public String kindName() {
            return tak.kindName();
        }

        @Override
        public int score(ProbeInput input) {
            return tak.score(input);
        }

        @Override
        public FileType open(FileSource source, Options options) throws IOException {
            return new Scanned(source);
        }
    };

    /** The APEv2 edit, declined when the metadata chain reads bytes at or after where a save may write. */
    static final FuzzFormat.Edit EDIT = new FuzzFormat.Edit() {
        @Override
        public void apply(FileType file) throws IOException {
            if (!(file instanceof Scanned) || ((Scanned) file).chainEnd > ((Scanned) file).tailStart) {
                throw new MutagenError("TAK metadata reaching into the tags cannot take this edit");
            }
            TagFuzz.APEV2.apply(file);
        }

        @Override
        public String missing(FileType reopened) {
            return TagFuzz.APEV2.missing(reopened);
        }
    };

    /** Where the metadata chain ends: after the END block's 4-byte header (the chain read well when TAK loaded). */
    static long chainEnd(FileSource src) throws IOException {
        long pos = 4;
        while (true) {
            byte[] h = src.read(pos, 4);
            pos += 4;
            if (h.length < 4 || (h[0] & 0x7f) == 0) {
                return pos;
            }
            pos += (h[1] & 0xff) | (h[2] & 0xff) << 8 | (h[3] & 0xff) << 16;
        }
    }

    /**
     * A lower bound of where a save may write: before any {@code APETAGEX} by the size it declares and a header,
     * any {@code LYRICSBEGIN}, the ID3v1 tag at the end, else the end of the file.
     */
    static long tailStart(FileSource src) throws IOException {
        long size = src.size();
        byte[] all = src.read(0, (int) Math.min(size, Integer.MAX_VALUE - 8));
        long start = size;
        if (all.length >= 128 && all[all.length - 128] == 'T' && all[all.length - 127] == 'A'
                && all[all.length - 126] == 'G') {
            start = all.length - 128;
        }
        for (int at = indexOf(all, "LYRICSBEGIN", 0); at >= 0; at = indexOf(all, "LYRICSBEGIN", at + 1)) {
            start = Math.min(start, at);
        }
        for (int at = indexOf(all, "APETAGEX", 0); at >= 0; at = indexOf(all, "APETAGEX", at + 1)) {
            start = Math.min(start, at);
            if (at + 16 <= all.length) {
                // a footer: its items (and a header) lie before it; at most the declared size plus a header
                long declared = (all[at + 12] & 0xff) | (all[at + 13] & 0xff) << 8 | (all[at + 14] & 0xff) << 16
                        | (long) (all[at + 15] & 0xff) << 24;
                start = Math.max(0, Math.min(start, at + 32 - declared - 32));
            }
        }
        return start;
    }

    private static int indexOf(byte[] d, String ascii, int from) {
        outer:
        for (int i = from; i + ascii.length() <= d.length; i++) {
            for (int j = 0; j < ascii.length(); j++) {
                if (d[i + j] != (byte) ascii.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
