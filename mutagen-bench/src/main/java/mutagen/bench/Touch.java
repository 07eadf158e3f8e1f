// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import mutagen.FileType;
import mutagen.StreamInfo;
import mutagen.Tags;

/**
 * Reads everything a tag reader would show, so that no lazy shortcut is left unpaid: the stream information
 * (length and every attribute) and every tag key with its value fully materialised (a value's {@code pprint()} when
 * it has one, the elements of a list, the length of a string or byte array, else {@code toString()}).
 *
 * <p>{@code bench/lib/py_loop.py} does the same with Python mutagen, so both sides pay for the same work. The
 * results are summed into a number that the caller hands to a blackhole.
 */
public final class Touch {
    private static final MethodType PPRINT_TYPE = MethodType.methodType(String.class);
    private static final MethodType DATA_TYPE = MethodType.methodType(byte[].class);
    private static final MethodType LENGTH_TYPE = MethodType.methodType(int.class);
    private static final ClassValue<Methods> METHODS = new ClassValue<>() {
        @Override
        protected Methods computeValue(Class<?> type) {
            MethodHandle data = find(type, "data", DATA_TYPE);
            return new Methods(findPprint(type), data, data == null ? null : find(type, "length", LENGTH_TYPE));
        }
    };

    private Touch() {
    }

    /** Touches the stream information and every tag value of a loaded file; returns a checksum. */
    public static long file(FileType f) {
        long sum = 0;
        StreamInfo info = f.info();
        if (info != null) {
            sum += Double.doubleToRawLongBits(info.length());
            for (Map.Entry<String, Object> e : info.attributes().entrySet()) {
                if (plain(e.getValue())) {
                    sum += e.getKey().length() + value(e.getValue());
                }
            }
        }
        Tags tags = f.tags();
        if (tags != null) {
            for (String key : f.keys()) {
                sum += key.length() + value(f.get(key));
            }
        }
        return sum;
    }

    /** Whether an info attribute is a plain value (as {@code py_loop.py} keeps only str, bytes, numbers, None). */
    private static boolean plain(Object v) {
        return v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof byte[];
    }

    /**
     * What {@link #file} reads of a loaded file, as one line: the info's attribute names (sorted) and each tag key
     * (sorted) with the {@link #shape} of its value; {@code bench/parity} compares it with {@code py_loop.py}.
     */
    public static String describe(FileType f) {
        StringBuilder out = new StringBuilder();
        StreamInfo info = f.info();
        TreeSet<String> names = new TreeSet<>();
        if (info != null) {
            info.attributes().forEach((k, v) -> {
                if (plain(v)) {
                    names.add(k);
                }
            });
        }
        out.append(info == null ? "-" : String.join(",", names));
        out.append('\t');
        if (f.tags() != null) {
            TreeMap<String, String> keys = new TreeMap<>();
            for (String key : f.keys()) {
                keys.put(key, shape(f.get(key)));
            }
            keys.forEach((k, v) -> out.append(k).append('=').append(v).append(' '));
        }
        return out.toString().strip();
    }

    /**
     * Materialises one value (recursively for lists, arrays and maps); returns a checksum. The order of the checks
     * is {@code py_loop.py}'s: a collection is walked, a value with a {@code pprint()} is printed (even when it is
     * also iterable, as mutagen's {@code APETextValue}, a sequence that is not a Python list), a byte-like value
     * (a public {@code byte[] data()}, as {@code MP4Cover}, a {@code bytes} subclass in Python) gives its length (its
     * {@code int length()} when it has one, which copies nothing),
     * anything else its {@code toString()}.
     */
    public static long value(Object v) {
        return walk(v, null);
    }

    /**
     * What {@link #value} does with a value, as text: {@code s5} a string of 5 chars, {@code b4} 4 bytes,
     * {@code n} a number, {@code [..,]} a sequence, {@code {n}} a map of n entries, {@code p12} a 12-char
     * {@code pprint()}, {@code t12} a 12-char {@code toString()}, {@code None}; {@code bench/parity} compares it with
     * {@code py_loop.py --shapes}.
     */
    public static String shape(Object v) {
        StringBuilder out = new StringBuilder();
        walk(v, out);
        return out.toString();
    }

    /** {@link #value}, noting what it did in {@code shape} unless that is null. */
    private static long walk(Object v, StringBuilder shape) {
        if (v == null) {
            return note(shape, "None", 0);
        }
        if (v instanceof String s) {
            return note(shape, "s", s.length());
        }
        if (v instanceof byte[] b) {
            return note(shape, "b", b.length);
        }
        if (v instanceof Number n) {
            return note(shape, "n", n.longValue());
        }
        if (v instanceof Boolean b) {
            return note(shape, "n", b ? 1 : 0);
        }
        if (v instanceof Collection<?> c) {
            return elements(c, shape);
        }
        if (v instanceof Object[] arr) {
            return elements(Arrays.asList(arr), shape);
        }
        if (v instanceof Map<?, ?> map) {
            long sum = 1;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sum += value(e.getKey()) + value(e.getValue());
            }
            return note(shape, "{" + map.size() + "}", sum);
        }
        Methods m = METHODS.get(v.getClass());
        try {
            if (m.pprint() != null) {
                return note(shape, "p", ((String) m.pprint().invokeExact(v)).length());
            }
            if (v instanceof Iterable<?> it) {
                return elements(it, shape);
            }
            if (m.length() != null) {
                // The byte count without the copy data() makes (Python's len() of a bytes value copies nothing).
                return note(shape, "b", (int) m.length().invokeExact(v));
            }
            if (m.data() != null) {
                return note(shape, "b", ((byte[]) m.data().invokeExact(v)).length);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("pprint()/data() of " + v.getClass().getName() + " failed", e);
        }
        return note(shape, "t", v.toString().length());
    }

    private static long note(StringBuilder shape, String what, long n) {
        if (shape != null) {
            shape.append(what);
            if (what.length() == 1 && what.charAt(0) != 'n') {
                shape.append(n);
            }
        }
        return n;
    }

    private static long elements(Iterable<?> it, StringBuilder shape) {
        if (shape != null) {
            shape.append('[');
        }
        long sum = 1;
        for (Object o : it) {
            sum += walk(o, shape);
            if (shape != null) {
                shape.append(',');
            }
        }
        if (shape != null) {
            shape.append(']');
        }
        return sum;
    }

    /** How {@link #value} materialises a value of a class other than the plain ones: its method handles. */
    private record Methods(MethodHandle pprint, MethodHandle data, MethodHandle length) {
    }

    /** A public {@code String pprint()} of the type, found on the type or a public supertype, or {@code null}. */
    static MethodHandle findPprint(Class<?> type) {
        return find(type, "pprint", PPRINT_TYPE);
    }

    /** A public no-argument method of the type or a public supertype, adapted to take an Object; or null. */
    private static MethodHandle find(Class<?> type, String name, MethodType mt) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            MethodHandle h = methodOf(lookup, c, name, mt);
            if (h != null) {
                return h;
            }
            for (Class<?> i : c.getInterfaces()) {
                h = methodOf(lookup, i, name, mt);
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }

    private static MethodHandle methodOf(MethodHandles.Lookup lookup, Class<?> c, String name, MethodType mt) {
        if (!Modifier.isPublic(c.getModifiers())) {
            return null;
        }
        try {
            // Adapted once to (Object)R, so each call is an invokeExact without per-call type adaptation.
            return lookup.findVirtual(c, name, mt).asType(mt.insertParameterTypes(0, Object.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}
