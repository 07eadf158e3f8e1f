// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import java.io.IOException;
import java.util.Arrays;
import mutagen.MutagenError;
import mutagen.util.BitPaddedInt;
import mutagen.util.BitReader;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Reads {@link AACInfo} as mutagen 1.48.1 does.
 *
 * <p>A leading ID3v2 header is skipped by its declared size (not validated, as in mutagen). {@code ADIF} there means
 * an ADIF header: bitrate, program config elements, and a length from the bytes after the header. Otherwise ADTS:
 * up to 10 tries, each searching a sync word in the next 512 bytes and walking up to 100 frames (with up to 10
 * bytes of garbage between them); a try with 3 or more frames wins. Each try starts one byte after the previous
 * try's sync word, so the walk reads at most about 10 * (512 + 100 * 8 KiB) bytes whatever the file's size.
 */
final class AACParser {
    private static final byte[] ID3 = Bytes.ascii("ID3");
    private static final byte[] ADIF = Bytes.ascii("ADIF");
    private static final int MAX_INITIAL_READ = 512;
    private static final int MAX_RESYNC_READ = 10;
    private static final int MAX_SYNC_TRIES = 10;
    private static final int FRAMES_MAX = 100;
    private static final int FRAMES_NEEDED = 3;

    private AACParser() {
    }

    static AACInfo read(FileSource src) throws IOException {
        long size = src.size();
        byte[] header = src.read(0, 10);
        long start = 0;
        if (Bytes.startsWith(header, ID3)) {
            byte[] sizeBytes = header.length > 6 ? Arrays.copyOfRange(header, 6, header.length) : Bytes.EMPTY;
            start = BitPaddedInt.decode(sizeBytes) + 10;
        }
        ByteReader in = src.reader(AACError::new);
        if (start < size && Arrays.equals(src.read(start, 4), ADIF)) {
            in.seek(start + 4);
            return adif(in, size);
        }
        return adts(in, size, start);
    }

    private static AACInfo adif(ByteReader in, long size) throws MutagenError {
        BitReader r = new BitReader(in);
        long start = in.tell();
        if (r.intBits(1) == 1) {
            r.skip(72); // copyright_id
        }
        r.skip(2); // original_copy, home
        int bitstreamType = r.intBits(1);
        int bitrate = r.intBits(23);
        int npce = r.intBits(4);
        if (bitstreamType == 0) {
            r.skip(20); // adif_buffer_fullness
        }
        ProgramConfigElement pce = new ProgramConfigElement(r);
        int sampleRate = 0;
        if (pce.samplingFrequencyIndex() < ADTSStream.FREQS.length) {
            sampleRate = ADTSStream.FREQS[pce.samplingFrequencyIndex()];
        }
        for (int i = 0; i < npce; i++) {
            new ProgramConfigElement(r);
        }
        r.align();
        // the bytes after the header, from where the reader stands (past the end when a skip went there)
        long end = start + (r.position() + 7) / 8;
        Number length = bitrate != 0 ? (Number) (8.0 * (size - end) / bitrate) : (Number) 0;
        return new AACInfo("ADIF", pce.channels(), sampleRate, bitrate, length);
    }

    private static AACInfo adts(ByteReader in, long size, long startOffset) throws MutagenError {
        long offset = startOffset;
        ADTSStream s = null;
        boolean found = false;
        for (int attempt = 0; attempt < MAX_SYNC_TRIES && !found; attempt++) {
            s = offset < size ? seekAndFind(in, offset) : null;
            if (s == null) {
                throw new AACError("sync not found");
            }
            // the next try starts right after this try's sync word
            offset += s.offset() + 1;
            for (int i = 0; i < FRAMES_MAX; i++) {
                if (!s.parseFrame() || !s.sync(MAX_RESYNC_READ)) {
                    break;
                }
            }
            found = s.parsedFrames() >= FRAMES_NEEDED;
        }
        if (!found) {
            throw new AACError("no valid stream found (only " + s.parsedFrames() + " frames)");
        }
        int frequency = s.frequency();
        // mutagen measures from offset + s.offset, counting the stream's offset twice: kept for the same figures
        long streamSize = size - (offset + s.offset());
        double length = 0.0;
        if (frequency != 0) {
            length = (double) (s.samples() * streamSize) / ((double) s.size() * frequency);
        }
        return new AACInfo("ADTS", s.channels(), frequency, s.bitrate(), length);
    }

    private static ADTSStream seekAndFind(ByteReader in, long offset) throws MutagenError {
        in.seek(offset);
        return ADTSStream.find(in, MAX_INITIAL_READ);
    }
}
