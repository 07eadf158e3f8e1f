// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.util.HashMap;
import java.util.Map;

/**
 * Python's {@code mimetypes.guess_type(name)[0]} (strict), with the tables Python 3.11 built from its defaults and
 * Debian's {@code /etc/mime.types} (resource {@code mimetypes.txt}, made by {@code tools/gen-resources.py}).
 */
final class MimeTypes {
    private static final Map<String, String> TYPES = new HashMap<>();
    private static final Map<String, String> SUFFIXES = new HashMap<>();
    private static final Map<String, String> ENCODINGS = new HashMap<>();

    static {
        for (String line : ToolUtil.resource("mimetypes.txt").split("\n")) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                switch (f[0]) {
                    case "types" -> TYPES.put(f[1], f[2]);
                    case "suffix" -> SUFFIXES.put(f[1], f[2]);
                    default -> ENCODINGS.put(f[1], f[2]);
                }
            }
        }
    }

    private MimeTypes() {
    }

    /** The guessed type of a file name, or {@code null}. */
    static String guess(String name) {
        String url = name;
        int colon = url.indexOf(':');
        if (colon > 0 && url.substring(0, colon).indexOf('/') < 0) {
            if (url.substring(0, colon).equals("data")) {
                return null; // data: URLs are not file names mid3v2 can open
            }
            url = url.substring(colon + 1);
        }
        String[] split = splitext(url);
        while (SUFFIXES.containsKey(split[1])) {
            split = splitext(split[0] + SUFFIXES.get(split[1]));
        }
        if (ENCODINGS.containsKey(split[1])) {
            split = splitext(split[0]);
        }
        String ext = split[1];
        String type = TYPES.get(ext);
        return type != null ? type : TYPES.get(ext.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code posixpath.splitext}: the extension starts at the last dot of the last component, not a leading one. */
    static String[] splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            int start = sep + 1;
            while (start < dot && p.charAt(start) == '.') {
                start++;
            }
            if (start < dot) {
                return new String[] {p.substring(0, dot), p.substring(dot)};
            }
        }
        return new String[] {p, ""};
    }
}
