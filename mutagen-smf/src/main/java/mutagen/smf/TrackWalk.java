// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.smf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mutagen.MutagenError;

/**
 * One walk over the events of an {@code MTrk} chunk, as mutagen's {@code _read_track}: delta time, then a meta event
 * ({@code FF type length data}; type 51 is a tempo change of exactly 3 bytes), a sysex event ({@code F0}/{@code F7}
 * length data), or a MIDI event with two data bytes (one for program change {@code Cx} and channel pressure
 * {@code Dx}), with running status (a data byte first reuses the last status, which meta and sysex events do not
 * reset). Lengths may run past the chunk's end; that ends the walk.
 */
final class TrackWalk {
    /** Var-ints are unbounded in Python: past this a length only ends the walk, and a delta time is refused. */
    private static final long HUGE = 1L << 56;

    private final byte[] data;
    private final int base;
    private final long length;
    private long off;
    private boolean huge;

    /** A walk over the track's bytes {@code data[base, base + length)}. */
    TrackWalk(byte[] data, int base, int length) {
        this.data = data;
        this.base = base;
        this.length = length;
    }

    /** What a walk does with the events. */
    private interface Sink {
        void tempo(long time, long tempo);

        void midi(long time, long delta);

        /** After the last event. */
        default void end() {
        }
    }

    /** The tempo changes in chunk order: {@code {time, microseconds per quarter}}. */
    List<long[]> tempos() throws MutagenError {
        List<long[]> out = new ArrayList<>();
        walk(new Sink() {
            @Override
            public void tempo(long time, long tempo) {
                out.add(new long[] {time, tempo});
            }

            @Override
            public void midi(long time, long delta) {
            }
        });
        return out;
    }

    /**
     * The track's length in seconds under a tempo map sorted by time, then value. The parts are summed in order as
     * mutagen sums them; an empty part adds 0.0, which changes no sum, so only the parts with events are visited.
     */
    double duration(List<long[]> tempos, int tickdiv) throws MutagenError {
        double[] duration = {0};
        walk(new Sink() {
            private int part;
            private long sum;

            @Override
            public void tempo(long time, long tempo) {
            }

            @Override
            public void midi(long time, long delta) {
                // a MIDI event follows every tempo change at or before its time
                if (part < tempos.size() && tempos.get(part)[0] <= time) {
                    flush();
                    while (part < tempos.size() && tempos.get(part)[0] <= time) {
                        part++;
                    }
                }
                sum += delta;
            }

            @Override
            public void end() {
                flush();
            }

            private void flush() {
                long tempo = part == 0 ? SMFParser.DEFAULT_TEMPO : tempos.get(part - 1)[1];
                duration[0] += (double) sum / tickdiv * tempo;
                sum = 0;
            }
        });
        return duration[0] / 1_000_000.0;
    }

    /** Sorts a tempo map as mutagen's tuple sort orders tempo changes: by time, then by value. */
    static void sort(List<long[]> tempos) {
        tempos.sort(Comparator.<long[]>comparingLong(t -> t[0]).thenComparingLong(t -> t[1]));
    }

    private void walk(Sink sink) throws MutagenError {
        long time = 0;
        int status = 0;
        off = 0;
        while (off < length) {
            long delta = varInt();
            if (huge || time > HUGE) {
                throw new SMFError("delta time too large");
            }
            time += delta;
            int type = at(off++);
            if (type == 0xFF) {
                int metaType = at(off++);
                long n = varInt();
                if (metaType == 0x51) {
                    long available = Math.max(0, Math.min(n, length - off));
                    if (available != 3) {
                        throw new SMFError("");
                    }
                    sink.tempo(time, ((long) at(off) << 16) | (at(off + 1) << 8) | at(off + 2));
                }
                off += n;
            } else if (type == 0xF0 || type == 0xF7) {
                long n = varInt();
                off += n;
            } else {
                if (type < 0x80) {
                    off += 1;
                    type = status;
                } else if (type < 0xF0) {
                    off += 2;
                    status = type;
                } else {
                    throw new SMFError("invalid event");
                }
                if (type >> 4 == 0xD || type >> 4 == 0xC) {
                    off -= 1;
                }
                sink.midi(time, delta);
            }
        }
        sink.end();
    }

    /** A var-int at {@code off} (7 bits a byte, high bit set on all but the last); huge values saturate. */
    private long varInt() throws MutagenError {
        long value = 0;
        huge = false;
        while (true) {
            if (off >= length) {
                throw new SMFError("Not enough data");
            }
            int x = at(off++);
            if (value >= HUGE) {
                huge = true;
            } else {
                value = (value << 7) + (x & 0x7F);
            }
            if ((x & 0x80) == 0) {
                return value;
            }
        }
    }

    /** The byte at an offset of the chunk; past the end is Python's IndexError, with its text. */
    private int at(long at) throws MutagenError {
        if (at >= length) {
            throw new SMFError("bytearray index out of range");
        }
        return data[base + (int) at] & 0xFF;
    }
}
