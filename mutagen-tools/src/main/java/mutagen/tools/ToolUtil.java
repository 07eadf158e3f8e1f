// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The helpers of {@code mutagen._tools._util} and the bits of Python the tools lean on: {@code split_escape},
 * {@code codecs.escape_decode}, {@code int(str)}.
 */
final class ToolUtil {
    private ToolUtil() {
    }

    /**
     * {@code split_escape}: splits on {@code sep} (at most {@code maxsplit} times, negative for no limit) where a
     * backslash escapes the separator and itself; other escaped characters keep their backslash.
     */
    static List<String> splitEscape(String string, char sep, int maxsplit) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean escaped = false;
        int limit = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (escaped) {
                if (c != '\\' && c != sep) {
                    current.append('\\');
                }
                current.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == sep && result.size() < limit) {
                result.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        result.add(current.toString());
        return result;
    }

    /** Python's {@code str.split(sep, maxsplit)} for a one-character separator (negative: no limit). */
    static List<String> split(String string, char sep, int maxsplit) {
        List<String> result = new ArrayList<>();
        int start = 0;
        int limit = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        for (int i = 0; i < string.length() && result.size() < limit; i++) {
            if (string.charAt(i) == sep) {
                result.add(string.substring(start, i));
                start = i + 1;
            }
        }
        result.add(string.substring(start));
        return result;
    }

    /**
     * {@code codecs.escape_decode}: Python's bytes-literal escapes ({@code \\n}, {@code \\x41}, octal, ...);
     * unknown escapes stay as they are.
     *
     * @throws IllegalArgumentException with Python's message for {@code \\x} without two hex digits or a trailing
     *     backslash
     */
    static byte[] escapeDecode(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int i = 0;
        while (i < in.length) {
            byte b = in[i++];
            if (b != '\\') {
                out.write(b);
                continue;
            }
            if (i >= in.length) {
                throw new IllegalArgumentException("Trailing \\ in string");
            }
            char c = (char) (in[i++] & 0xff);
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(c);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int n = 0; n < 2 && i < in.length && in[i] >= '0' && in[i] <= '7'; n++) {
                        v = v * 8 + (in[i++] - '0');
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    if (i + 1 < in.length && hex(in[i]) >= 0 && hex(in[i + 1]) >= 0) {
                        out.write(hex(in[i]) * 16 + hex(in[i + 1]));
                        i += 2;
                    } else {
                        throw new IllegalArgumentException("invalid \\x escape at position " + (i - 2));
                    }
                }
                default -> {
                    out.write('\\');
                    i--;
                }
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit((char) (b & 0xff), 16);
    }

    /**
     * Python's {@code int(str)}: surrounding whitespace, a sign, decimal digits with single underscores between.
     *
     * @throws NumberFormatException with Python's ValueError text
     */
    static BigInteger pyInt(String s) {
        String t = s.strip();
        String digits = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        if (!digits.matches("[0-9]+(_[0-9]+)*")) {
            throw new NumberFormatException("invalid literal for int() with base 10: " + mutagen.util.PyRepr.str(s));
        }
        return new BigInteger(t.replace("_", ""));
    }

    /** A text resource of this package, read as UTF-8. */
    static String resource(String name) {
        try (InputStream in = ToolUtil.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
