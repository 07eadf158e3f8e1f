// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;

/**
 * The fundamental unit of ID3 data: one frame, whose fields are described by its class's spec list.
 *
 * <p>Mirrors {@code mutagen.id3.Frame}. Each frame class declares {@link #framespec()} (and optionally
 * {@link #optionalspec()}); this class reads ({@link #readData}) and writes ({@link #writeData}) every frame by
 * walking that list, so frame classes hold no parsing code. Field values are reachable by name through
 * {@link #get(String)} and {@link #set(String, Object)} (mutagen's attribute access, with the same validation) and
 * through the typed accessors of each class.
 *
 * <p>Frames are mutable, like mutagen's: EasyID3, the v2.3/v2.4 translation and users change fields of frames held
 * by a tag. {@link #copy()} gives an independent copy.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class Frame {
    /** v2.3 flag: tag alter preservation. */
    public static final int FLAG23_ALTERTAG = 0x8000;
    /** v2.3 flag: file alter preservation. */
    public static final int FLAG23_ALTERFILE = 0x4000;
    /** v2.3 flag: read only. */
    public static final int FLAG23_READONLY = 0x2000;
    /** v2.3 flag: compressed with zlib (4-byte size prefix). */
    public static final int FLAG23_COMPRESS = 0x0080;
    /** v2.3 flag: encrypted. */
    public static final int FLAG23_ENCRYPT = 0x0040;
    /** v2.3 flag: grouping identity. */
    public static final int FLAG23_GROUP = 0x0020;
    /** v2.4 flag: tag alter preservation. */
    public static final int FLAG24_ALTERTAG = 0x4000;
    /** v2.4 flag: file alter preservation. */
    public static final int FLAG24_ALTERFILE = 0x2000;
    /** v2.4 flag: read only. */
    public static final int FLAG24_READONLY = 0x1000;
    /** v2.4 flag: grouping identity. */
    public static final int FLAG24_GROUPID = 0x0040;
    /** v2.4 flag: compressed with zlib. */
    public static final int FLAG24_COMPRESS = 0x0008;
    /** v2.4 flag: encrypted. */
    public static final int FLAG24_ENCRYPT = 0x0004;
    /** v2.4 flag: unsynchronised. */
    public static final int FLAG24_UNSYNCH = 0x0002;
    /** v2.4 flag: data length indicator present. */
    public static final int FLAG24_DATALEN = 0x0001;

    private static final ClassValue<Supplier<Frame>> FACTORIES = new ClassValue<>() {
        @Override
        protected Supplier<Frame> computeValue(Class<?> type) {
            return () -> {
                try {
                    return (Frame) type.getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("frame class " + type.getName()
                            + " needs a public no-argument constructor", e);
                }
            };
        }
    };

    private final Object[] values;
    // Held by a field whose default is a new mutable value (a list, bytes) until the field is first used: a frame
    // read from data has every such field overwritten at once, so it never makes the default.
    static final Object FRESH = new Object();

    /** Creates a frame with every required field at its default and no optional field set. */
    protected Frame() {
        List<Spec> specs = framespec();
        values = new Object[specs.size() + optionalspec().size()];
        for (int i = 0; i < specs.size(); i++) {
            values[i] = specs.get(i).initialOrFresh(this);
        }
    }

    /** The value of field {@code i}, its default made now if it was left {@link #FRESH}. */
    private Object value(int i) {
        Object v = values[i];
        if (v == FRESH) {
            v = specAt(i).initial(this);
            values[i] = v;
        }
        return v;
    }

    /** Every field's value made (see {@link #FRESH}), for the comparisons that read the array whole. */
    private Object[] made() {
        for (int i = 0; i < values.length; i++) {
            value(i);
        }
        return values;
    }

    /** The required fields of this frame class, in wire order (mutagen's {@code _framespec}). */
    protected abstract List<Spec> framespec();

    /** The optional trailing fields (mutagen's {@code _optionalspec}); none by default. */
    protected List<Spec> optionalspec() {
        return List.of();
    }

    /** {@return the frame ID: the class name ({@code TIT2}, or {@code TT2} for a v2.2 frame)} */
    public String frameId() {
        String id = frameId;
        if (id == null) {
            id = FRAME_IDS.get(getClass());
            frameId = id;
        }
        return id;
    }

    // The class's ID, kept per frame once asked (hash keys, pprint and the tag update ask it often).
    private String frameId;

    /** Records the ID of a frame made by the registry, whose classes are named after their IDs. */
    final void knownFrameId(String id) {
        frameId = id;
    }

    // Class names are asked once per class: getSimpleName() and isAnonymousClass() are reflective and slow.
    private static final ClassValue<String> FRAME_IDS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            Class<?> c = type;
            // An anonymous subclass keeps the ID of the class it extends.
            while (c.isAnonymousClass()) {
                c = c.getSuperclass();
            }
            return c.getSimpleName();
        }
    };

    /** {@return the key that makes this frame unique in a tag ({@code TXXX:desc}, {@code COMM:desc:lang}, ...)} */
    public String hashKey() {
        return frameId();
    }

    /** {@return one line (or several, for CHAP/CTOC) describing the frame: {@code ID=value}} */
    public String pprint() {
        return frameId() + "=" + pprintValue();
    }

    /** Values joined with {@code " / "}, as the pprint of text frames shows them (one value: itself, no copy). */
    static String joinValues(List<String> values) {
        // Two or three values (most multi-valued frames) as one concatenation: one exact-size result, where
        // String.join's joiner allocates an array of eight names first.
        switch (values.size()) {
            case 1:
                return values.get(0);
            case 2:
                return values.get(0) + " / " + values.get(1);
            case 3:
                return values.get(0) + " / " + values.get(1) + " / " + values.get(2);
            default:
                return String.join(" / ", values);
        }
    }

    /**
     * A pprint line {@code ID=desc=values}, the values joined as {@link #joinValues} joins them, made in one
     * concatenation for one or two values (each value copied once, not again for the value part and the line).
     */
    static String line(String id, String desc, List<String> values) {
        switch (values.size()) {
            case 1:
                return id + "=" + desc + "=" + values.get(0);
            case 2:
                return id + "=" + desc + "=" + values.get(0) + " / " + values.get(1);
            default:
                return id + "=" + desc + "=" + joinValues(values);
        }
    }

    /** A pprint line {@code ID=desc=lang=values}, made as {@link #line(String, String, List)} makes its line. */
    static String line(String id, String desc, String lang, List<String> values) {
        switch (values.size()) {
            case 1:
                return id + "=" + desc + "=" + lang + "=" + values.get(0);
            case 2:
                return id + "=" + desc + "=" + lang + "=" + values.get(0) + " / " + values.get(1);
            default:
                return id + "=" + desc + "=" + lang + "=" + joinValues(values);
        }
    }

    /** Python's {@code int(s)} of a numeric text value (the {@code +frame} of the numeric text frames). */
    static long pyInt(String s) {
        Long v = mutagen.util.PyCompat.parseInt(s);
        if (v == null) {
            throw new IllegalArgumentException("invalid literal for int() with base 10: " + mutagen.util.PyRepr.str(s));
        }
        return v;
    }

    /** Bytes as a hash key part: mutagen's keys hold the bytes, ours their Latin-1 text. */
    static String keyText(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The v2.4 payload, for a key made of the whole frame (COMR). */
    final byte[] payloadForKey() {
        try {
            return writeData();
        } catch (ID3Error e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The value part of {@link #pprint()} (mutagen's {@code _pprint}). */
    protected String pprintValue() {
        return "[unrepresentable data]";
    }

    /** {@return python's {@code str(frame)} where mutagen defines it; otherwise the {@link #pprint()} text} */
    public String str() {
        return pprint();
    }

    private int indexOf(String name) {
        List<Spec> specs = framespec();
        // The accessors pass the very literals the specs were named with: one pass comparing references first.
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name == name) {
                return i;
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name.equals(name)) {
                return i;
            }
        }
        List<Spec> opt = optionalspec();
        for (int i = 0; i < opt.size(); i++) {
            if (opt.get(i).name.equals(name)) {
                return specs.size() + i;
            }
        }
        return -1;
    }

    private Spec specAt(int index) {
        List<Spec> specs = framespec();
        return index < specs.size() ? specs.get(index) : optionalspec().get(index - specs.size());
    }

    /**
     * {@return the value of a field, or {@code null} when it is an optional field that is not set}
     *
     * @param name the name
     * @throws IllegalArgumentException for a name that is not a field of this frame (Python's AttributeError)
     */
    public Object get(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(frameId() + " has no field " + name);
        }
        return value(i);
    }

    /**
     * {@return the names of the fields Python's {@code repr()} of the frame shows: every required field, then the
     *     optional fields that are set (used by {@code mid3v2 --list-raw})}
     */
    public List<String> fieldNames() {
        List<String> names = new java.util.ArrayList<>();
        for (Spec s : framespec()) {
            names.add(s.name());
        }
        int required = names.size();
        List<Spec> optional = optionalspec();
        for (int i = 0; i < optional.size(); i++) {
            if (values[required + i] != null) {
                names.add(optional.get(i).name());
            }
        }
        return names;
    }

    /**
     * {@return whether a field is set (always true for required fields)}
     *
     * @param name the name
     */
    public boolean has(String name) {
        int i = indexOf(name);
        return i >= 0 && values[i] != null;
    }

    /**
     * Assigns a field after validating it as mutagen does (e.g. an encoding number becomes an {@link Encoding}, a
     * string for a text list is split on the separator).
     *
     * @param name the name
     * @param value the value
     * @return this frame
     * @throws IllegalArgumentException for an unknown field or an invalid value
     */
    public Frame set(String name, Object value) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(frameId() + " has no field " + name);
        }
        values[i] = specAt(i).validate(this, value);
        return this;
    }

    /**
     * Unsets an optional field.
     *
     * @param name the name
     * @return the {@code Frame}
     */
    public Frame unset(String name) {
        int i = indexOf(name);
        if (i >= framespec().size()) {
            values[i] = null;
        }
        return this;
    }

    /** Stores a value without validation (mutagen's {@code _setattr}). */
    final void rawSet(String name, Object value) {
        values[indexOf(name)] = value;
    }

    final Object raw(int index) {
        return value(index);
    }

    final void rawSet(int index, Object value) {
        values[index] = value;
    }

    /** The encoding of the frame's text fields: mutagen's specs put the encoding field first. */
    Encoding encodingForText() {
        Object v = values.length == 0 ? null : values[0];
        return v instanceof Encoding ? (Encoding) v : Encoding.LATIN1;
    }

    /** A new, empty instance of this frame's class. */
    final Frame newInstance() {
        return FACTORIES.get(getClass()).get();
    }

    /**
     * {@return a copy: every field's value taken as it is (not validated again, as mutagen's {@code Frame(other)} does,
     *     so a frame read with a value mutagen would refuse to set, such as a LINK frame's invalid frame ID, still
     *     copies); list values are copied, so the copy's lists are its own}
     */
    public Frame copy() {
        Frame f = newInstance();
        copyFieldsTo(f);
        return f;
    }

    /** Copies the fields into a frame with the same spec lists (mutagen's {@code _to_other}). */
    void copyFieldsTo(Frame other) {
        if (!other.framespec().equals(framespec()) || !other.optionalspec().equals(optionalspec())) {
            throw new IllegalArgumentException("incompatible frame " + other.frameId());
        }
        for (int i = 0; i < values.length; i++) {
            Object v = value(i);
            other.values[i] = v instanceof java.util.List ? new java.util.ArrayList<>((java.util.List<?>) v) : v;
        }
    }

    /** The frame that replaces this one when a second frame with the same key is read (the newer one here). */
    Frame mergeFrame(Frame other) {
        return other;
    }

    /**
     * The v2.3/v2.4 frame for a v2.2 frame (a frame of the class it extends, with the same fields), this frame
     * itself otherwise, or {@code null} when a v2.2 frame has no v2.3 equivalent (CRM).
     */
    Frame upgradeFrame() {
        String id = frameId();
        if (id.length() != 3 || !Frames.v22().containsKey(id)) {
            return this;
        }
        String parent = Frames.v22Parent(id);
        if (parent == null) {
            return null;
        }
        Frame f = Frames.create(parent);
        copyFieldsTo(f);
        return f;
    }

    /**
     * {@code target} with each field of this frame assigned with validation: the upgrade of a v2.2 frame whose
     * fields differ in kind from its parent's (PIC's three-letter image format, RVA's shorter list).
     */
    final Frame setFieldsOf(Frame target) {
        for (Spec s : framespec()) {
            target.set(s.name(), get(s.name()));
        }
        return target;
    }

    /** A copy that is valid when written into a v2.3 tag (mutagen's {@code _get_v23_frame}). */
    Frame v23Frame(String sep) throws ID3Error {
        Frame f = newInstance();
        List<Spec> specs = framespec();
        for (int i = 0; i < values.length; i++) {
            Object v = value(i);
            if (v == null && i >= specs.size()) {
                break;
            }
            Spec s = specAt(i);
            f.values[i] = s.validate(f, s.validate23(this, v, sep));
        }
        return f;
    }

    /** Reads the fields from frame data; returns the bytes left over. */
    final ByteReader readData(ID3Header header, ByteReader data) throws ID3JunkFrameError {
        readFields(header, data);
        return data;
    }

    /**
     * Reads the fields: the walk over the spec lists; a frame kind whose layout is fixed ahead (the text frames)
     * reads it directly.
     */
    void readFields(ID3Header header, ByteReader data) throws ID3JunkFrameError {
        // Indexed loops: the spec lists are immutable lists, and this runs for every frame read.
        List<Spec> specs = framespec();
        int n = specs.size();
        for (int i = 0; i < n; i++) {
            Spec reader = specs.get(i);
            if (!data.hasRemaining() && !reader.handlesNoData()) {
                throw new ID3JunkFrameError("no data left");
            }
            values[i] = readOne(reader, header, data);
        }
        List<Spec> optional = optionalspec();
        for (int i = 0; i < optional.size(); i++) {
            Spec reader = optional.get(i);
            if (!data.hasRemaining() && !reader.handlesNoData()) {
                break;
            }
            values[n + i] = readOne(reader, header, data);
        }
    }

    private Object readOne(Spec reader, ID3Header header, ByteReader data) throws ID3JunkFrameError {
        try {
            return reader.read(header, this, data);
        } catch (SpecError e) {
            throw new ID3JunkFrameError(e.getMessage());
        } catch (ID3JunkFrameError e) {
            throw e;
        } catch (MutagenError e) {
            // Not reached: frame readers raise ID3JunkFrameError.
            throw new ID3JunkFrameError(e.getMessage());
        }
    }

    /**
     * {@return the frame payload (no header) as written for a v2.4 tag}
     *
     * @throws ID3Error if the data is invalid or cannot be read
     */
    public byte[] writeData() throws ID3Error {
        return writeData(ID3SaveConfig.V24);
    }

    /** The frame payload (no header) as written with the given configuration. */
    final byte[] writeData(ID3SaveConfig config) throws ID3Error {
        Frame frame = config.v2Version == 3 ? v23Frame(config.v23Separator) : this;
        List<Spec> specs = frame.framespec();
        List<byte[]> parts = new java.util.ArrayList<>(frame.values.length);
        for (int i = 0; i < frame.values.length; i++) {
            Object v = frame.value(i);
            if (v == null && i >= specs.size()) {
                break;
            }
            try {
                parts.add(frame.specAt(i).write(config, frame, v));
            } catch (SpecError e) {
                throw new ID3Error(e.getMessage());
            }
        }
        return Bytes.concat(parts);
    }

    /**
     * Builds a frame of the factory's class from raw frame data (mutagen's {@code _fromData}): strips the v2.4 data
     * length, undoes unsynchronisation, inflates compressed data, then reads the fields.
     *
     * @throws ID3JunkFrameError when the data cannot be parsed
     * @throws ID3EncryptionUnsupportedError for an encrypted frame
     */
    static Frame fromData(Supplier<? extends Frame> factory, ID3Header header, int tflags, byte[] data)
            throws ID3JunkFrameError, ID3EncryptionUnsupportedError {
        try {
            return fromData(factory, header, tflags, data, 0, data.length);
        } finally {
            header.endInflater();
        }
    }

    /**
     * Like {@link #fromData(Supplier, ID3Header, int, byte[])} for the frame body {@code data[from, to)}, read where
     * it lies: the data length is skipped, unsynchronisation undone only where there is some, and compressed data
     * inflated straight into the array the fields are read from, with the tag's one {@code Inflater}.
     */
    static Frame fromData(Supplier<? extends Frame> factory, ID3Header header, int tflags, byte[] data, int from,
                          int to) throws ID3JunkFrameError, ID3EncryptionUnsupportedError {
        return fromData(factory, header, tflags, data, from, to, null);
    }

    /**
     * Like {@link #fromData(Supplier, ID3Header, int, byte[], int, int)}, a plain frame's body read through
     * {@code reuse} (a lenient frame reader of the caller's, pointed at it) when not {@code null}.
     */
    static Frame fromData(Supplier<? extends Frame> factory, ID3Header header, int tflags, byte[] data, int from,
                          int to, ByteReader reuse) throws ID3JunkFrameError, ID3EncryptionUnsupportedError {
        // Most frames have no format flags: their path stays small (the flags' work is in FrameBody).
        boolean plain = header.major >= 4
                ? (tflags & (FLAG24_COMPRESS | FLAG24_DATALEN | FLAG24_UNSYNCH | FLAG24_ENCRYPT)) == 0
                        && !header.fUnsynch()
                : header.major != 3 || (tflags & (FLAG23_COMPRESS | FLAG23_ENCRYPT)) == 0;
        if (plain) {
            Frame frame = factory.get();
            frame.readData(header, reuse != null ? reuse.reset(data, from, to, 0) : Spec.frameReader(data, from, to));
            return frame;
        }
        // The body made readable in this thread's scratch array: the fields copy what they keep from it.
        FrameBody.Scratch scratch = FrameBody.Scratch.take();
        try {
            ByteReader body = FrameBody.flagged(header, tflags, data, from, to, scratch);
            Frame frame = factory.get();
            frame.readData(header, body);
            return frame;
        } finally {
            FrameBody.Scratch.release(scratch);
        }
    }

    /** Two frames are equal when they are of the same class with equal fields. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        return Arrays.deepEquals(made(), ((Frame) o).made());
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 31 + Arrays.deepHashCode(made());
    }

    /** A Python-like representation: {@code TIT2(encoding=..., text=[...])}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(frameId()).append('(');
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null && i >= framespec().size()) {
                break;
            }
            if (i > 0) {
                sb.append(", ");
            }
            Object v = value(i);
            sb.append(specAt(i).name).append('=').append(
                    v instanceof String || v instanceof byte[] ? mutagen.util.PyRepr.repr(v) : String.valueOf(v));
        }
        return sb.append(')').toString();
    }
}
