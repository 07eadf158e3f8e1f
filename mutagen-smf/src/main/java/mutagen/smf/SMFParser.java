// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.smf;

import java.io.IOException;
import java.util.List;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.Limits;

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
        // one reader over the file: the chunks are read in order, as mutagen reads them
        ByteReader in = src.reader(SMFError::new);
        long kind = chunk(in);
        long length = in.u32be();
        if (length > in.remainingLong()) {
            throw new SMFError("truncated");
        }
        if (kind != ~1) {
            throw new SMFError("Not a MIDI file");
        }
        if (length != 6) {
            throw new SMFError("truncated");
        }
        int format = in.u16be();
        int ntracks = in.u16be();
        int tickdiv = in.u16be();
        if (format > 1) {
            throw new SMFError("Not supported format " + format);
        }
        if (tickdiv >> 15 != 0) {
            throw new SMFError("Not supported timing interval");
        }
        List<long[]> firstTempos = null;
        boolean anyTrack = false;
        double longest = 0;
        for (int i = 0; i < ntracks; i++) {
            kind = chunk(in);
            length = in.u32be();
            if (length > in.remainingLong()) {
                throw new SMFError("truncated");
            }
            if (kind != ~2) {
                in.skip(length);
                continue;
            }
            TrackWalk track = track(in, length);
            List<long[]> tempos = track.tempos();
            TrackWalk.sort(tempos);
            if (firstTempos == null || firstTempos.isEmpty()) {
                firstTempos = tempos;
            }
            if (format == 1) {
                tempos = firstTempos;
            }
            if (tickdiv != 0) {
                double duration = track.duration(tempos, tickdiv);
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

    /** A walk over the track's bytes at the reader (read in place where they are in memory); skips them. */
    private static TrackWalk track(ByteReader in, long length) throws IOException {
        if (length > Limits.MAX_ARRAY) {
            throw new SMFError("track of " + length + " bytes is too large");
        }
        in.ensure((int) length);
        TrackWalk walk = new TrackWalk(in.array(), in.arrayPosition(), (int) length);
        in.skip(length);
        return walk;
    }

    /**
     * A chunk's id at the reader, after checking that its 8-byte header is there: {@code ~1} for {@code MThd},
     * {@code ~2} for {@code MTrk}, else {@code ~0}; the reader stands at the chunk's size (checked by the caller
     * before the id, as mutagen reads a chunk whole before looking at its id).
     */
    private static long chunk(ByteReader in) throws IOException {
        if (in.remainingLong() < 8) {
            throw new SMFError("truncated");
        }
        long id = in.startsWith(MTHD) ? ~1 : in.startsWith(MTRK) ? ~2 : ~0;
        in.skip(4);
        return id;
    }
}
