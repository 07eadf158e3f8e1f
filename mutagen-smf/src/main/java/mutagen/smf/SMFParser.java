// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.smf;

import java.io.IOException;
import java.util.List;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * The length of a Standard MIDI File, computed as mutagen 1.48.1 does.
 *
 * <p>An {@code MThd} chunk (format 0 or 1, ticks per quarter note), then as many chunks as it counts tracks; chunks
 * other than {@code MTrk} are skipped. Each track's length is the sum, over the parts between its tempo changes, of
 * the MIDI events' delta times in that part divided by the ticks per quarter times the part's tempo (500000 us per
 * quarter until the first change). Only the deltas of MIDI events count, not those of meta or sysex events. Tempo
 * changes sort before MIDI events at the same time and among themselves by value, as mutagen's tuple sort does. In
 * format 1 every track from the first one with tempo changes on takes that track's tempo map. The length is the
 * longest track's.
 *
 * <p>Each track is walked twice (its tempo changes first, then its MIDI events into the parts), so no event list is
 * held in memory. mutagen's Python-level failures on hostile files become {@link SMFError}s with Python's text:
 * an event type, meta type or tempo past the chunk's end ({@code IndexError}), a zero tick division
 * ({@code ZeroDivisionError}), no track chunk at all ({@code ValueError}).
 */
final class SMFParser {
    private static final byte[] MTHD = Bytes.ascii("MThd");
    private static final byte[] MTRK = Bytes.ascii("MTrk");
    static final long DEFAULT_TEMPO = 500000;

    private SMFParser() {
    }

    static SMFInfo read(FileSource src) throws IOException {
        long size = src.size();
        long pos = 0;
        long[] chunk = chunk(src, pos, size);
        if (chunk[0] != 1) {
            throw new SMFError("Not a MIDI file");
        }
        if (chunk[1] != 6) {
            throw new SMFError("truncated");
        }
        ByteReader head = src.reader(8, 6, SMFError::new);
        int format = head.u16be();
        int ntracks = head.u16be();
        int tickdiv = head.u16be();
        if (format > 1) {
            throw new SMFError("Not supported format " + format);
        }
        if (tickdiv >> 15 != 0) {
            throw new SMFError("Not supported timing interval");
        }
        pos = 14;
        List<long[]> firstTempos = null;
        boolean anyTrack = false;
        double longest = 0;
        for (int i = 0; i < ntracks; i++) {
            chunk = chunk(src, pos, size);
            long start = pos + 8;
            pos = start + chunk[1];
            if (chunk[0] != 2) {
                continue;
            }
            ByteReader data = src.reader(start, chunk[1], SMFError::new);
            List<long[]> tempos = new TrackWalk(data).tempos();
            TrackWalk.sort(tempos);
            if (firstTempos == null || firstTempos.isEmpty()) {
                firstTempos = tempos;
            }
            if (format == 1) {
                tempos = firstTempos;
            }
            if (tickdiv != 0) {
                double duration = new TrackWalk(data).duration(tempos, tickdiv);
                longest = anyTrack ? Math.max(longest, duration) : duration;
            }
            anyTrack = true;
        }
        // mutagen reads every track before computing any duration
        if (!anyTrack) {
            throw new SMFError("max() arg is an empty sequence");
        }
        if (tickdiv == 0) {
            throw new SMFError("float division by zero");
        }
        return new SMFInfo(longest);
    }

    /**
     * The chunk header at {@code pos}: {@code {kind, length}} (kind 1 for {@code MThd}, 2 for {@code MTrk}, else 0),
     * its body checked to be in the file.
     */
    private static long[] chunk(FileSource src, long pos, long size) throws IOException {
        if (size - pos < 8) {
            throw new SMFError("truncated");
        }
        ByteReader header = src.reader(pos, 8, SMFError::new);
        boolean track = header.startsWith(MTRK);
        boolean head = header.startsWith(MTHD);
        header.skip(4);
        long length = header.u32be();
        if (length > size - pos - 8) {
            throw new SMFError("truncated");
        }
        return new long[] {head ? 1 : track ? 2 : 0, length};
    }
}
