// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mutagen.MutagenError;
import mutagen.util.PyRepr;

/**
 * A scan result as text: one JSON object (a line of JSON Lines) or one CSV row. Written here by hand: the module
 * has no dependency.
 *
 * <p>The JSON object: {@code {"path", "kind", "size", "info": {attribute: value} | null, "tags": {key: value} | null,
 * "error": null | {"class", "message"}}}, keys of {@code info} and {@code tags} sorted. Values are rendered as
 * compat-tests' dump renders them ({@link #render}, the forms {@code oracle.py} gives mutagen's values), so that a
 * scan can be compared with mutagen's: {@code None}, bool, str and int as JSON; a float as the string of its Python
 * {@code repr} (in {@code info}: a JSON number written as that repr; {@code "nan"}, {@code "inf"} as strings); bytes as {@code {"bytes": length, "sha1": hex}}; a list as
 * an array; any other object (an ID3 frame, an MP4 cover, an APEv2 value) as {@code {"type": class, "repr": str}},
 * where {@code str} is the object's {@code toString()}, Python's {@code str()} of it. The error's message is Python's
 * {@code str(err)} for a {@link MutagenError}.
 *
 * <p>The CSV row: {@link #CSV_COLUMNS}, RFC 4180 quoting; {@code tags} holds the JSON object of the tags.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScanOutput {
    /** The columns of {@link #csvRow(ScanResult)}: the info columns are those of {@link mutagen.StreamInfo}. */
    public static final List<String> CSV_COLUMNS = List.of("path", "kind", "size", "length", "bitrate",
            "sample_rate", "channels", "bits_per_sample", "tags", "error_class", "error");

    private ScanOutput() {
    }

    /**
     * The result as one line of JSON (no line break).
     *
     * @param r the r
     * @return the result as one line of JSON (no line break)
     */
    public static String jsonLine(ScanResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", r.path().toString());
        out.put("kind", r.kind());
        out.put("size", r.size());
        out.put("info", r.loaded() ? info(r.info()) : null);
        Map<String, Object> tags = r.tags();
        out.put("tags", tags == null ? null : renderAll(tags));
        out.put("error", r.failed() ? error(r.error()) : null);
        return json(out);
    }

    /** The info attributes rendered, except that a float stays a JSON number (written as Python's repr). */
    private static Map<String, Object> info(Map<String, Object> attrs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : attrs.entrySet()) {
            Object v = e.getValue();
            out.put(e.getKey(), v instanceof Double || v instanceof Float ? ((Number) v).doubleValue() : render(v));
        }
        return out;
    }

    /** Each value of a map {@link #render rendered}, in the map's order. */
    private static Map<String, Object> renderAll(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            out.put(e.getKey(), render(e.getValue()));
        }
        return out;
    }

    /**
     * The CSV header line (no line break).
     *
     * @return the CSV header line (no line break)
     */
    public static String csvHeader() {
        return String.join(",", CSV_COLUMNS);
    }

    /**
     * The result as one CSV row (no line break).
     *
     * @param r the r
     * @return the result as one CSV row (no line break)
     */
    public static String csvRow(ScanResult r) {
        Map<String, Object> info = r.info();
        Map<String, Object> tags = r.tags();
        Map<String, Object> err = r.failed() ? error(r.error()) : null;
        List<String> cells = new ArrayList<>();
        cells.add(r.path().toString());
        cells.add(r.kind() == null ? "" : r.kind());
        cells.add(Long.toString(r.size()));
        for (String attr : CSV_COLUMNS.subList(3, 8)) {
            Object v = info.get(attr);
            cells.add(v == null ? "" : v instanceof Double ? PyRepr.floatRepr((Double) v) : String.valueOf(v));
        }
        cells.add(tags == null ? "" : json(renderAll(tags)));
        cells.add(err == null ? "" : (String) err.get("class"));
        cells.add(err == null ? "" : (String) err.get("message"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            csvCell(cells.get(i), sb);
        }
        return sb.toString();
    }

    /** {@code {"class": simple name, "message": str(err)}}. */
    static Map<String, Object> error(Exception e) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("class", e.getClass().getSimpleName());
        err.put("message", e instanceof MutagenError ? ((MutagenError) e).pythonStr() : String.valueOf(e.getMessage()));
        return err;
    }

    /**
     * A value in the plain forms of the class doc, exactly compat-tests' generic normalisation (which calls this):
     * maps, lists, strings, longs, big integers, booleans and {@code null}; a float becomes the string of its Python
     * {@code repr} (the info of {@link #jsonLine} keeps floats as JSON numbers).
     *
     * @param v the value
     * @return a value in the plain forms of the class doc, exactly compat-tests' generic normalisation (which calls
     *     this): maps, lists, strings, longs, big integers, booleans and {@code null}; a float becomes the string of
     *     its Python {@code repr} (the info of {@link #jsonLine} keeps floats as JSON numbers)
     */
    public static Object render(Object v) {
        if (v == null || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof Double || v instanceof Float) {
            return PyRepr.floatRepr(((Number) v).doubleValue());
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger) {
            BigInteger b = (BigInteger) v;
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (v instanceof byte[]) {
            return bytes((byte[]) v);
        }
        if (v instanceof Collection || v instanceof Object[]) {
            List<Object> out = new ArrayList<>();
            for (Object o : v instanceof Object[] ? Arrays.asList((Object[]) v) : (Collection<?>) v) {
                out.add(render(o));
            }
            return out;
        }
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("type", v.getClass().getSimpleName());
        other.put("repr", String.valueOf(v));
        return other;
    }

    /**
     * {@code {"bytes": length, "sha1": hex}}.
     *
     * @param data the bytes
     * @return {@code {"bytes": length, "sha1": hex}}
     */
    public static Map<String, Object> bytes(byte[] data) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bytes", (long) data.length);
        out.put("sha1", sha1(data));
        return out;
    }

    /**
     * The lowercase hex SHA-1 of some bytes.
     *
     * @param data the bytes
     * @return the lowercase hex SHA-1 of some bytes
     */
    public static String sha1(byte[] data) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(data);
            StringBuilder sb = new StringBuilder(40);
            for (byte b : d) {
                sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A rendered value as compact JSON (Python's {@code json.dumps} separators: {@code ", "} and {@code ": "}).
     *
     * @param rendered the rendered
     * @return a rendered value as compact JSON (Python's {@code json.dumps} separators: {@code ", "} and {@code ": "})
     */
    public static String json(Object rendered) {
        StringBuilder sb = new StringBuilder();
        json(rendered, sb);
        return sb.toString();
    }

    private static void json(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String) {
            quote((String) v, sb);
        } else if (v instanceof Double) {
            double d = (Double) v;
            if (Double.isFinite(d)) {
                sb.append(PyRepr.floatRepr(d));
            } else {
                quote(PyRepr.floatRepr(d), sb);
            }
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map) {
            sb.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                sb.append(sep);
                quote(String.valueOf(e.getKey()), sb);
                sb.append(": ");
                json(e.getValue(), sb);
                sep = ", ";
            }
            sb.append('}');
        } else if (v instanceof List) {
            sb.append('[');
            String sep = "";
            for (Object o : (List<?>) v) {
                sb.append(sep);
                json(o, sb);
                sep = ", ";
            }
            sb.append(']');
        } else {
            quote(String.valueOf(v), sb);
        }
    }

    /** A JSON string: control characters and lone surrogates escaped, other characters as they are (UTF-8 out). */
    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f || lone(s, i)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    private static boolean lone(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    private static void csvCell(String c, StringBuilder sb) {
        if (c.indexOf(',') < 0 && c.indexOf('"') < 0 && c.indexOf('\n') < 0 && c.indexOf('\r') < 0) {
            sb.append(c);
            return;
        }
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
    }
}
