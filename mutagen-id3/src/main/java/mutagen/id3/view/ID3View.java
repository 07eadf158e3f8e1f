// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3.view;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mutagen.common.Picture;
import mutagen.common.PictureType;
import mutagen.common.TagsAccess;
import mutagen.id3.Encoding;
import mutagen.id3.Frame;
import mutagen.id3.Frames;
import mutagen.id3.ID3;
import mutagen.id3.TCON;
import mutagen.id3.TextFrame;

/**
 * The cross-format view's access to ID3v2 frames through {@link ID3}'s public API: frames are made by ID
 * ({@link Frames#create}) and filled by field name, as Picard fills them (UTF-8 text, Latin-1 for
 * {@code TRCK}/{@code TPOS}, {@code COMM} in English).
 */
final class ID3View extends TagsAccess<ID3> {
    private static final String COMM = "COMM";
    private static final String USLT = "USLT";
    private static final String UFID = "UFID:";
    private static final String TXXX = "TXXX:";

    ID3View(ID3 id3) {
        super(id3, ID3Mapping.TABLE);
    }

    @Override
    public List<String> get(String nativeKey) {
        List<String> out = new ArrayList<>();
        for (Frame f : frames(nativeKey)) {
            if (f instanceof TCON tcon) {
                out.addAll(tcon.genres());
            } else if (f instanceof TextFrame text) {
                out.addAll(text.text());
            } else if (nativeKey.startsWith(UFID)) {
                out.add(new String((byte[]) f.get("data"), StandardCharsets.UTF_8));
            } else {
                out.add(f.str());
            }
        }
        return out;
    }

    /** The frames of a key; COMM and USLT alone mean those with an empty description. */
    private List<Frame> frames(String nativeKey) {
        if (nativeKey.equals(COMM) || nativeKey.equals(USLT)) {
            List<Frame> out = new ArrayList<>();
            for (Frame f : tags.getall(nativeKey)) {
                if ("".equals(f.get("desc"))) {
                    out.add(f);
                }
            }
            return out;
        }
        Frame f = tags.get(nativeKey);
        return f == null ? List.of() : List.of(f);
    }

    @Override
    public void set(String nativeKey, List<String> values) {
        remove(nativeKey);
        String id = nativeKey.length() > 4 ? nativeKey.substring(0, 4) : nativeKey;
        Frame f = Frames.create(id);
        if (f == null || nativeKey.length() > 4 && nativeKey.charAt(4) != ':') {
            throw new IllegalArgumentException("not an ID3v2.4 frame key: " + nativeKey);
        }
        String desc = nativeKey.length() > 5 ? nativeKey.substring(5) : "";
        if (id.equals("UFID")) {
            f.set("owner", desc);
            f.set("data", values.get(0).getBytes(StandardCharsets.UTF_8));
        } else if (id.equals(USLT)) {
            f.set("encoding", Encoding.UTF8);
            f.set("text", String.join("\n", values));
        } else if (!(f instanceof TextFrame)) {
            throw new IllegalArgumentException(id + " is not a text frame");
        } else {
            boolean numeric = id.equals("TRCK") || id.equals("TPOS");
            f.set("encoding", numeric ? Encoding.LATIN1 : Encoding.UTF8);
            if (id.equals(COMM)) {
                f.set("lang", "eng");
            }
            if (f.has("desc")) {
                f.set("desc", desc);
            }
            f.set("text", new ArrayList<>(values));
        }
        tags.add(f);
    }

    @Override
    public void remove(String nativeKey) {
        for (Frame f : frames(nativeKey)) {
            tags.delall(f.hashKey());
        }
    }

    @Override
    public List<Picture> pictures() {
        List<Picture> out = new ArrayList<>();
        for (Frame f : tags.getall("APIC")) {
            int type = ((mutagen.id3.PictureType) f.get("type")).value();
            out.add(new Picture(PictureType.of(type), (String) f.get("mime"), (String) f.get("desc"),
                    (byte[]) f.get("data")));
        }
        return out;
    }

    @Override
    public void setPictures(List<Picture> pictures) {
        tags.delall("APIC");
        Map<String, Integer> seen = new HashMap<>();
        for (Picture p : pictures) {
            // mutagen keys APIC frames by description: number repeats as Picard does ("desc (1)", "(1)").
            int n = seen.merge(p.description(), 1, Integer::sum) - 1;
            String desc = n == 0 ? p.description()
                    : p.description().isEmpty() ? "(" + n + ")" : p.description() + " (" + n + ")";
            Frame f = Frames.create("APIC");
            boolean latin1 = StandardCharsets.ISO_8859_1.newEncoder().canEncode(desc);
            f.set("encoding", latin1 ? Encoding.LATIN1 : Encoding.UTF8);
            f.set("mime", p.mime());
            f.set("type", mutagen.id3.PictureType.of(p.type().code()));
            f.set("desc", desc);
            f.set("data", p.data());
            tags.add(f);
        }
    }
}
