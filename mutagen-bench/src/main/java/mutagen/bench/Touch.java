// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.Map;
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
    private static final ClassValue<MethodHandle> PPRINT = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return findPprint(type);
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
                sum += e.getKey().length() + value(e.getValue());
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

    /** Materialises one value (recursively for lists, arrays and maps); returns a checksum. */
    public static long value(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof String s) {
            return s.length();
        }
        if (v instanceof byte[] b) {
            return b.length;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Iterable<?> it) {
            long sum = 1;
            for (Object o : it) {
                sum += value(o);
            }
            return sum;
        }
        if (v instanceof Object[] arr) {
            long sum = 1;
            for (Object o : arr) {
                sum += value(o);
            }
            return sum;
        }
        if (v instanceof Map<?, ?> map) {
            long sum = 1;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sum += value(e.getKey()) + value(e.getValue());
            }
            return sum;
        }
        MethodHandle pprint = PPRINT.get(v.getClass());
        if (pprint != null) {
            try {
                return ((String) pprint.invokeExact(v)).length();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("pprint() of " + v.getClass().getName() + " failed", e);
            }
        }
        return v.toString().length();
    }

    /** A public {@code String pprint()} of the type, found on the type or a public supertype, or {@code null}. */
    static MethodHandle findPprint(Class<?> type) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            MethodHandle h = pprintOf(lookup, c);
            if (h != null) {
                return h;
            }
            for (Class<?> i : c.getInterfaces()) {
                h = pprintOf(lookup, i);
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }

    private static MethodHandle pprintOf(MethodHandles.Lookup lookup, Class<?> c) {
        if (!Modifier.isPublic(c.getModifiers())) {
            return null;
        }
        try {
            // Adapted once to (Object)String, so each call is an invokeExact without per-call type adaptation.
            return lookup.findVirtual(c, "pprint", PPRINT_TYPE)
                    .asType(MethodType.methodType(String.class, Object.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}
