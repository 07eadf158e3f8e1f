// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code pattern % mapping} for the patterns moggsplit names files with: {@code %(key)s},
 * {@code %(key)d} with flags, width and precision, {@code %%}; Python's errors for the rest.
 */
final class PyFormat {
    private static final Pattern SPEC = Pattern.compile("%(?:\\(([^)]*)\\))?([-+ #0]*)(\\d*)(?:\\.(\\d*))?([a-zA-Z%])?");

    private PyFormat() {
    }

    static String format(String pattern, Map<String, Object> values) {
        StringBuilder out = new StringBuilder();
        Matcher m = SPEC.matcher(pattern);
        int last = 0;
        boolean positional = false;
        while (m.find()) {
            out.append(pattern, last, m.start());
            last = m.end();
            String type = m.group(5);
            if (type == null) {
                throw new PyException("ValueError", "incomplete format");
            }
            if (type.equals("%") && m.group(1) == null) {
                out.append('%');
                continue;
            }
            if (m.group(1) == null) {
                // The mapping itself is the one positional argument.
                if (positional) {
                    throw new PyException("TypeError", "not enough arguments for format string");
                }
                positional = true;
                out.append(convert(values, m.group(2), m.group(3), m.group(4), type.charAt(0), m.end()));
                continue;
            }
            if (!values.containsKey(m.group(1))) {
                throw new PyException("KeyError", mutagen.util.PyRepr.str(m.group(1)));
            }
            out.append(convert(values.get(m.group(1)), m.group(2), m.group(3), m.group(4), type.charAt(0), m.end()));
        }
        return out.append(pattern.substring(last)).toString();
    }

    private static String convert(Object v, String flags, String width, String precision, char type, int end) {
        String body;
        switch (type) {
            case 's', 'r', 'a' -> {
                body = v instanceof Map<?, ?> map ? dictRepr(map) : type == 's' ? String.valueOf(v)
                        : v instanceof String s ? mutagen.util.PyRepr.str(s) : String.valueOf(v);
                if (precision != null && !precision.isEmpty()) {
                    body = body.substring(0, Math.min(body.length(), Integer.parseInt(precision)));
                }
                return pad(body, flags.replace("0", ""), width);
            }
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                if (!(v instanceof Long n)) {
                    throw new PyException("TypeError", "%" + type + " format: " + (type == 'd' || type == 'i'
                            || type == 'u' ? "a real number" : "an integer") + " is required, not "
                            + (v instanceof Map ? "dict" : "str"));
                }
                String digits = switch (type) {
                    case 'x' -> Long.toHexString(Math.abs(n));
                    case 'X' -> Long.toHexString(Math.abs(n)).toUpperCase(java.util.Locale.ROOT);
                    case 'o' -> Long.toOctalString(Math.abs(n));
                    default -> Long.toString(Math.abs(n));
                };
                if (precision != null && !precision.isEmpty()) {
                    digits = "0".repeat(Math.max(0, Integer.parseInt(precision) - digits.length())) + digits;
                }
                if (flags.contains("#") && type != 'd' && type != 'i' && type != 'u') {
                    digits = "0" + type + digits;
                }
                String sign = n < 0 ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
                if (flags.contains("0") && !flags.contains("-") && !width.isEmpty()) {
                    int w = Integer.parseInt(width) - sign.length();
                    digits = "0".repeat(Math.max(0, w - digits.length())) + digits;
                }
                return pad(sign + digits, flags, width);
            }
            default -> throw new PyException("ValueError", "unsupported format character '" + type + "' (0x"
                    + Integer.toHexString(type) + ") at index " + (end - 1));
        }
    }

    private static String dictRepr(Map<?, ?> map) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            Object v = e.getValue();
            sb.append(mutagen.util.PyRepr.str((String) e.getKey())).append(": ")
                    .append(v instanceof String str ? mutagen.util.PyRepr.str(str) : String.valueOf(v));
        }
        return sb.append('}').toString();
    }

    private static String pad(String body, String flags, String width) {
        int w = width.isEmpty() ? 0 : Integer.parseInt(width);
        if (body.length() >= w) {
            return body;
        }
        String spaces = " ".repeat(w - body.length());
        return flags.contains("-") ? body + spaces : spaces + body;
    }
}
