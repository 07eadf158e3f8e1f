// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.ArrayList;
import java.util.List;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;

/**
 * The list-shaped field kinds read in one pass: fixed-size records (ETCO, EQU2, ASPI) and RVAD/RVA adjustments.
 *
 * <p>Thread-safe: no state of its own; the classes are the behaviour of {@link Spec}'s public field kinds, which
 * are the API (each {@code Spec.XSpec} extends its {@code XField} here with its public constructor).
 */
final class RecordSpecs {
    private RecordSpecs() {
    }

    /**
     * A list of fixed-size records (ETCO's events, EQU2's adjustments, ASPI's index): the one read, write and
     * validate loop of the list-shaped fields; each kind says how one record reads and writes. Records are read to
     * the end of the data unless a kind takes their count from another field.
     */
    abstract static class RecordListSpec<T> extends Spec {
        RecordListSpec(String name) {
            super(name, List.of());
        }

        /** The size of one record in bytes. */
        abstract int width(Frame frame) throws SpecError;

        /** How many records to read: all that fit, unless the kind takes the count from another field. */
        int count(Frame frame, ByteReader data, int width) throws SpecError {
            return data.remaining() / width;
        }

        /** The record at the reader's position (the loop moves the reader). */
        abstract T readRecord(ByteReader data, int width);

        /** The records as the field holds them once read (EQU2 sorts and merges them). */
        List<T> readDone(List<T> records) {
            return records;
        }

        /** The size of one record for writing; as {@link #width} unless a kind words the error otherwise. */
        int writeWidth(Frame frame) throws SpecError {
            return width(frame);
        }

        /** The records to write (a kind may check their count or order them). */
        List<T> toWrite(Frame frame, List<T> records) throws SpecError {
            return records;
        }

        /** Writes one record at {@code out[at]}. */
        abstract void writeRecord(byte[] out, int at, int width, T record) throws SpecError;

        /** One element as the field holds it (a cast, or a conversion). */
        abstract T element(Object value);

        @Override
        final Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            int w = width(frame);
            int n = count(frame, data, w);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(readRecord(data, w));
                data.skip(w);
            }
            return readDone(out);
        }

        @Override
        @SuppressWarnings("unchecked")
        final byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            int w = writeWidth(frame);
            List<T> list = toWrite(frame, (List<T>) value);
            byte[] out = new byte[list.size() * w];
            for (int i = 0; i < list.size(); i++) {
                writeRecord(out, i * w, w, list.get(i));
            }
            return out;
        }

        @Override
        final Object validate(Frame frame, Object value) {
            List<T> out = new ArrayList<>();
            for (Object o : (List<?>) value) {
                out.add(element(o));
            }
            return out;
        }
    }

    /** The behaviour of {@link Spec.KeyEventSpec}. */
    abstract static class KeyEventField extends RecordListSpec<ETCO.Event> {
        KeyEventField(String name) {
            super(name);
        }

        @Override
        int width(Frame frame) {
            return 5;
        }

        @Override
        ETCO.Event readRecord(ByteReader data, int width) {
            long time = ((long) at(data, 1) << 24) | (at(data, 2) << 16) | (at(data, 3) << 8) | at(data, 4);
            return new ETCO.Event((byte) at(data, 0), time);
        }

        @Override
        void writeRecord(byte[] out, int at, int width, ETCO.Event ev) {
            if (ev.type() < -128 || ev.type() > 127 || ev.time() < 0 || ev.time() > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("event out of range");
            }
            out[at] = (byte) ev.type();
            Bytes.put32be(out, at + 1, ev.time());
        }

        @Override
        ETCO.Event element(Object value) {
            return (ETCO.Event) value;
        }
    }

    /** The behaviour of {@link Spec.VolumeAdjustmentsSpec}. */
    abstract static class VolumeAdjustmentsField extends RecordListSpec<EQU2.Adjustment> {
        VolumeAdjustmentsField(String name) {
            super(name);
        }

        @Override
        int width(Frame frame) {
            return 4;
        }

        @Override
        EQU2.Adjustment readRecord(ByteReader data, int width) {
            int freq = (at(data, 0) << 8) | at(data, 1);
            int adj = (short) ((at(data, 2) << 8) | at(data, 3));
            return new EQU2.Adjustment(freq / 2.0, adj / 512.0);
        }

        /** mutagen reads the pairs into a dict: sorted by frequency, the last of equal frequencies kept. */
        @Override
        List<EQU2.Adjustment> readDone(List<EQU2.Adjustment> records) {
            java.util.TreeMap<Double, Double> map = new java.util.TreeMap<>();
            for (EQU2.Adjustment a : records) {
                map.put(a.frequency(), a.adjustment());
            }
            List<EQU2.Adjustment> out = new ArrayList<>(map.size());
            for (java.util.Map.Entry<Double, Double> e : map.entrySet()) {
                out.add(new EQU2.Adjustment(e.getKey(), e.getValue()));
            }
            return out;
        }

        @Override
        List<EQU2.Adjustment> toWrite(Frame frame, List<EQU2.Adjustment> records) {
            records.sort(null);
            return records;
        }

        @Override
        void writeRecord(byte[] out, int at, int width, EQU2.Adjustment a) {
            long f = (long) (a.frequency() * 2);
            long v = (long) (a.adjustment() * 512);
            if (f < 0 || f > 65535 || v < -32768 || v > 32767) {
                throw new IllegalArgumentException("adjustment out of range");
            }
            Bytes.put16be(out, at, (int) f);
            Bytes.put16be(out, at + 2, (int) v);
        }

        @Override
        EQU2.Adjustment element(Object value) {
            return (EQU2.Adjustment) value;
        }
    }

    /** The behaviour of {@link Spec.ASPIIndexSpec}. */
    abstract static class ASPIIndexField extends RecordListSpec<Number> {
        ASPIIndexField(String name) {
            super(name);
        }

        @Override
        int width(Frame frame) throws SpecError {
            Object b = frame.get("b");
            int bits = b == null ? 0 : ((Number) b).intValue();
            if (bits == 16) {
                return 2;
            } else if (bits == 8) {
                return 1;
            }
            throw new SpecError("invalid bit count in ASPI (" + bits + ")");
        }

        @Override
        int writeWidth(Frame frame) throws SpecError {
            try {
                return width(frame);
            } catch (SpecError e) {
                throw new SpecError("frame.b must be 8 or 16");
            }
        }

        @Override
        int count(Frame frame, ByteReader data, int width) throws SpecError {
            long n = ((Number) frame.get("N")).longValue();
            if (n * width > data.remaining()) {
                throw new SpecError("unpack requires a buffer of " + (n * width) + " bytes");
            }
            return (int) n;
        }

        @Override
        Number readRecord(ByteReader data, int width) {
            return width == 2 ? (at(data, 0) << 8) | at(data, 1) : at(data, 0);
        }

        @Override
        List<Number> toWrite(Frame frame, List<Number> records) throws SpecError {
            long n = ((Number) frame.get("N")).longValue();
            if (n != records.size()) {
                throw new SpecError("pack expected " + n + " items for packing (got " + records.size() + ")");
            }
            return records;
        }

        @Override
        void writeRecord(byte[] out, int at, int width, Number value) throws SpecError {
            int x = value.intValue();
            if (x < 0 || x >= (1 << (8 * width))) {
                throw new SpecError("argument out of range");
            }
            if (width == 2) {
                Bytes.put16be(out, at, x);
            } else {
                out[at] = (byte) x;
            }
        }

        @Override
        Number element(Object value) {
            return ((Number) value).intValue();
        }
    }
}
