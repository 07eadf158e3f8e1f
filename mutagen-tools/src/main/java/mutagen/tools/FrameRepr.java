// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mutagen.id3.Encoding;
import mutagen.id3.Frame;
import mutagen.id3.ID3Tags;
import mutagen.id3.ID3TimeStamp;
import mutagen.id3.PictureType;
import mutagen.util.PyRepr;

/** Python's {@code repr()} of an ID3 frame ({@code Frame.__repr__}), as {@code mid3v2 --list-raw} prints it. */
final class FrameRepr {
    private FrameRepr() {
    }

    /** {@code TIT2(encoding=<Encoding.UTF8: 3>, text=['x'])}. */
    static String repr(Frame frame) {
        List<String> kw = new ArrayList<>();
        for (String name : frame.fieldNames()) {
            kw.add(name + "=" + value(frame.get(name)));
        }
        return frame.getClass().getSimpleName() + "(" + String.join(", ", kw) + ")";
    }

    static String value(Object v) {
        if (v == null) {
            return "None";
        } else if (v instanceof Encoding e) {
            return "<Encoding." + e.name() + ": " + e.value() + ">";
        } else if (v instanceof PictureType p) {
            return p.repr();
        } else if (v instanceof ID3TimeStamp t) {
            return PyRepr.str(t.text());
        } else if (v instanceof Frame f) {
            return repr(f);
        } else if (v instanceof ID3Tags tags) {
            List<String> items = new ArrayList<>();
            for (Map.Entry<String, Frame> e : tags.items()) {
                items.add(PyRepr.str(e.getKey()) + ": " + repr(e.getValue()));
            }
            return "{" + String.join(", ", items) + "}";
        } else if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(x -> items.add(value(x)));
            return "[" + String.join(", ", items) + "]";
        } else if (v instanceof Object[] tuple) {
            List<String> items = new ArrayList<>();
            for (Object x : tuple) {
                items.add(value(x));
            }
            return "(" + String.join(", ", items) + (tuple.length == 1 ? ",)" : ")");
        } else if (v instanceof Double d) {
            return PyRepr.floatRepr(d);
        }
        return v instanceof String || v instanceof byte[] ? PyRepr.repr(v) : String.valueOf(v);
    }
}
