// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.ArrayList;
import java.util.List;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;

/**
 * The repeated field kinds: repeated sub-fields ({@code MultiSpec}) and nested frames.
 *
 * <p>Thread-safe: no state of its own; the classes are the behaviour of {@link Spec}'s public field kinds, which
 * are the API (each {@code Spec.XSpec} extends its {@code XField} here with its public constructor).
 */
final class ListSpecs {
    private ListSpecs() {
    }

    /** The behaviour of {@link Spec.MultiSpec}. */
    abstract static class MultiField extends Spec {
        final Spec[] specs;
        final String sep;
        /** One sub-field of plain encoded text (not a time stamp): the text frames' layout. */
        final boolean plainText;

        MultiField(String name, String sep, Spec... specs) {
            super(name, List.of());
            this.specs = specs;
            this.sep = sep;
            this.plainText = specs.length == 1 && (specs[0].getClass() == Spec.EncodedTextSpec.class
                    || specs[0] instanceof Spec.EncodedNumericTextSpec || specs[0] instanceof Spec.EncodedNumericPartTextSpec);
        }

        @Override
        Object initial(Frame frame) {
            return new ArrayList<>(); // what validating the empty default gives, without the walk
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            // Most frames hold one or two values: no growth from the default capacity of ten.
            List<Object> values = new ArrayList<>(2);
            while (!!data.hasRemaining()) {
                if (specs.length == 1) {
                    values.add(specs[0].read(header, frame, data));
                } else {
                    List<Object> record = new ArrayList<>(specs.length);
                    for (Spec s : specs) {
                        record.add(s.read(header, frame, data));
                    }
                    values.add(record);
                }
            }
            return values;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            List<byte[]> parts = new ArrayList<>();
            for (Object v : (List<?>) value) {
                if (specs.length == 1) {
                    parts.add(specs[0].write(config, frame, v));
                } else {
                    List<?> record = (List<?>) v;
                    for (int i = 0; i < Math.min(record.size(), specs.length); i++) {
                        parts.add(specs[i].write(config, frame, record.get(i)));
                    }
                }
            }
            return Bytes.concat(parts);
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (sep != null && value instanceof String) {
                value = split((String) value, sep);
            }
            if (value instanceof List) {
                List<Object> out = new ArrayList<>();
                for (Object v : (List<?>) value) {
                    if (specs.length == 1) {
                        out.add(specs[0].validate(frame, v));
                    } else {
                        if (!(v instanceof List)) {
                            throw new IllegalArgumentException("Invalid MultiSpec data: " + str(v));
                        }
                        List<?> rec = (List<?>) v;
                        List<Object> r = new ArrayList<>();
                        for (int i = 0; i < Math.min(rec.size(), specs.length); i++) {
                            r.add(specs[i].validate(frame, rec.get(i)));
                        }
                        out.add(r);
                    }
                }
                return out;
            }
            throw new IllegalArgumentException("Invalid MultiSpec data: " + str(value));
        }

        @Override
        Object validate23(Frame frame, Object value, String sep23) {
            List<?> list = (List<?>) value;
            if (specs.length != 1) {
                List<Object> out = new ArrayList<>();
                for (Object v : list) {
                    List<?> rec = (List<?>) v;
                    List<Object> r = new ArrayList<>();
                    for (int i = 0; i < Math.min(rec.size(), specs.length); i++) {
                        r.add(specs[i].validate23(frame, rec.get(i), sep23));
                    }
                    out.add(r);
                }
                return out;
            }
            Spec spec = specs[0];
            // Only plain text lists are merged (time stamps are not valid v2.3 anyway).
            if (!(spec instanceof Spec.EncodedTextSpec) || spec instanceof Spec.TimeStampSpec) {
                return value;
            }
            if (sep23 != null) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(sep23);
                    }
                    sb.append((String) list.get(i));
                }
                List<Object> out = new ArrayList<>(1);
                out.add(sb.toString());
                return out;
            }
            return value;
        }

        static List<String> split(String s, String sep) {
            List<String> out = new ArrayList<>();
            int from = 0;
            while (true) {
                int i = s.indexOf(sep, from);
                if (i < 0) {
                    out.add(s.substring(from));
                    return out;
                }
                out.add(s.substring(from, i));
                from = i + sep.length();
            }
        }
    }

    /** The behaviour of {@link Spec.ID3FramesSpec}. */
    abstract static class ID3FramesField extends Spec {
        ID3FramesField(String name) {
            super(name, List.of());
        }

        @Override
        boolean handlesNoData() {
            return true;
        }

        @Override
        Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError {
            // NOTE: mutagen recurses without a limit (a deep enough CHAP-in-CHAP file ends in RecursionError);
            // deeper nesting than this is treated as a junk frame.
            if (header.nesting >= ID3Header.MAX_NESTING) {
                throw new SpecError("sub-frames nested too deeply");
            }
            ID3Tags tags = new ID3Tags();
            header.nesting++;
            try {
                tags.readSubFrames(header, data);
            } finally {
                header.nesting--;
            }
            return tags;
        }

        @Override
        Object validate23(Frame frame, Object value, String sep) {
            ID3Tags v = new ID3Tags();
            for (Frame f : ((ID3Tags) value).values()) {
                try {
                    v.add(f.v23Frame(sep));
                } catch (ID3Error e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }
            return v;
        }

        @Override
        byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError {
            try {
                return ((ID3Tags) value).writeFrames(config);
            } catch (ID3Error e) {
                throw new SpecError(e.getMessage());
            }
        }

        @Override
        Object validate(Frame frame, Object value) {
            if (value instanceof ID3Tags) {
                return value;
            }
            if (!(value instanceof List)) {
                throw new IllegalArgumentException(name + " has to be a list of frames");
            }
            ID3Tags tags = new ID3Tags();
            for (Object v : (List<?>) value) {
                if (!(v instanceof Frame)) {
                    throw new IllegalArgumentException(str(v) + " not a Frame instance");
                }
                tags.add((Frame) v);
            }
            return tags;
        }
    }
}
