// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds the first difference between mutagen's JSON and ours, as {@code path: mutagen X, ours Y}. */
final class Differ {
    private Differ() {
    }

    /** The first difference of two dumps, walking the top-level fields in {@link Dump#FIELDS} order. */
    static Optional<String> firstDifference(Map<String, Object> mutagen, Map<String, Object> ours) {
        Set<String> keys = new LinkedHashSet<>(Dump.FIELDS);
        keys.addAll(mutagen.keySet());
        keys.addAll(ours.keySet());
        for (String k : keys) {
            Optional<String> d = first(k, mutagen.get(k), ours.get(k), mutagen.containsKey(k), ours.containsKey(k));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The first difference of two JSON values. */
    static Optional<String> first(String path, Object a, Object b) {
        return first(path, a, b, true, true);
    }

    private static Optional<String> first(String path, Object a, Object b, boolean inA, boolean inB) {
        if (!inA || !inB) {
            return Optional.of(path + ": " + (inA ? "mutagen has " + show(a) + ", ours is missing"
                    : "mutagen has no such field, ours " + show(b)));
        }
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> ma = (Map<?, ?>) a;
            Map<?, ?> mb = (Map<?, ?>) b;
            Set<Object> keys = new LinkedHashSet<>(ma.keySet());
            keys.addAll(mb.keySet());
            for (Object k : keys) {
                Optional<String> d = first(path + "." + k, ma.get(k), mb.get(k), ma.containsKey(k),
                        mb.containsKey(k));
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (a instanceof List && b instanceof List) {
            List<?> la = (List<?>) a;
            List<?> lb = (List<?>) b;
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                String p = path + "[" + i + "]";
                Object ea = la.get(i);
                // name tag items by their key: tags.items[TIT2] reads better than tags.items[3]
                if (ea instanceof List && !((List<?>) ea).isEmpty() && ((List<?>) ea).get(0) instanceof String
                        && path.endsWith("items")) {
                    p = path + "[" + ((List<?>) ea).get(0) + "]";
                }
                Optional<String> d = first(p, ea, lb.get(i));
                if (d.isPresent()) {
                    return d;
                }
            }
            if (la.size() != lb.size()) {
                return Optional.of(path + ": mutagen has " + la.size() + " entries, ours " + lb.size()
                        + (la.size() > lb.size() ? "; first missing: " + show(la.get(lb.size()))
                                : "; first extra: " + show(lb.get(la.size()))));
            }
            return Optional.empty();
        }
        if (a instanceof String && b instanceof String) {
            String sa = (String) a;
            String sb = (String) b;
            if (sa.equals(sb)) {
                return Optional.empty();
            }
            int i = 0;
            while (i < Math.min(sa.length(), sb.length()) && sa.charAt(i) == sb.charAt(i)) {
                i++;
            }
            if (sa.length() < 80 && sb.length() < 80) {
                return Optional.of(path + ": mutagen " + show(sa) + ", ours " + show(sb));
            }
            int from = Math.max(0, i - 30);
            return Optional.of(path + ": differs at character " + i + ": mutagen ..." + show(cut(sa, from, i + 40))
                    + ", ours ..." + show(cut(sb, from, i + 40)));
        }
        if (equalScalars(a, b)) {
            return Optional.empty();
        }
        return Optional.of(path + ": mutagen " + show(a) + ", ours " + show(b));
    }

    private static String cut(String s, int from, int to) {
        return s.substring(Math.min(from, s.length()), Math.min(to, s.length()));
    }

    private static boolean equalScalars(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (isInteger(a) && isInteger(b)) {
            return toBig(a).equals(toBig(b));
        }
        if (a instanceof BigDecimal && b instanceof BigDecimal) {
            return ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
        }
        return a.equals(b);
    }

    private static boolean isInteger(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof BigInteger || o instanceof Short
                || o instanceof Byte;
    }

    private static BigInteger toBig(Object o) {
        return o instanceof BigInteger ? (BigInteger) o : BigInteger.valueOf(((Number) o).longValue());
    }

    /** A value for a message: JSON, shortened past 200 characters. */
    static String show(Object v) {
        String s = Json.write(v);
        return s.length() > 200 ? s.substring(0, 200) + "...(" + s.length() + " chars)" : s;
    }
}
