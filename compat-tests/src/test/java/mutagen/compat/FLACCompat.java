// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mutagen.FileType;
import mutagen.PaddingFunction;
import mutagen.flac.CueSheet;
import mutagen.flac.CueSheetTrack;
import mutagen.flac.CueSheetTrackIndex;
import mutagen.flac.FLAC;
import mutagen.flac.MetadataBlock;
import mutagen.flac.Padding;
import mutagen.flac.Picture;
import mutagen.flac.RawBlock;
import mutagen.flac.SeekPoint;
import mutagen.flac.SeekTable;
import mutagen.flac.VCFLACDict;

/**
 * FLAC's part of the compatibility tests: the {@code pictures} extras (tags are VCFLACDict, whose lists of strings
 * the generic normalisation covers) and the {@link Editor} for pictures and {@code save(deleteid3, padding)}.
 */
final class FLACCompat {
    private FLACCompat() {
    }

    /** {@code {"picture": {...}}} as oracle.py's {@code norm_picture}. */
    static Map<String, Object> picture(Picture p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", p.type());
        m.put("mime", p.mime());
        m.put("desc", p.desc());
        m.put("width", p.width());
        m.put("height", p.height());
        m.put("depth", p.depth());
        m.put("colors", p.colors());
        m.putAll(Normalisers.bytes(p.data()));
        return Map.of("picture", m);
    }

    /** The extras: every picture block, and every metadata block as oracle.py's {@code norm_block}. */
    static final FileExtras EXTRAS = (file, all) -> {
        List<Object> pictures = new ArrayList<>();
        for (Picture p : ((FLAC) file).pictures()) {
            pictures.add(picture(p));
        }
        List<Object> blocks = new ArrayList<>();
        for (MetadataBlock b : ((FLAC) file).metadataBlocks()) {
            blocks.add(block(b));
        }
        return Map.of("pictures", pictures, "blocks", blocks);
    };

    /** {@code {"code", "class", ...}}: what a block holds beyond info, tags and pictures. */
    static Map<String, Object> block(MetadataBlock b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", (long) b.code());
        // mutagen reads APPLICATION and unknown blocks as plain MetadataBlock
        m.put("class", b instanceof RawBlock ? "MetadataBlock" : b.getClass().getSimpleName());
        if (b instanceof SeekTable) {
            List<Object> points = new ArrayList<>();
            for (SeekPoint p : ((SeekTable) b).seekpoints()) {
                points.add(List.of(new java.math.BigInteger(Long.toUnsignedString(p.firstSample())),
                        new java.math.BigInteger(Long.toUnsignedString(p.byteOffset())), (long) p.numSamples()));
            }
            m.put("seekpoints", points);
        } else if (b instanceof CueSheet) {
            CueSheet c = (CueSheet) b;
            m.put("media_catalog_number", Normalisers.bytes(c.mediaCatalogNumber()));
            m.put("lead_in_samples", c.leadInSamples());
            m.put("compact_disc", c.compactDisc());
            List<Object> tracks = new ArrayList<>();
            for (CueSheetTrack t : c.tracks()) {
                List<Object> indexes = new ArrayList<>();
                for (CueSheetTrackIndex i : t.indexes()) {
                    indexes.add(List.of((long) i.indexNumber(), i.indexOffset()));
                }
                tracks.add(List.of((long) t.trackNumber(), t.startOffset(), Normalisers.bytes(t.isrc()),
                        (long) t.type(), t.preEmphasis(), indexes));
            }
            m.put("tracks", tracks);
        } else if (b instanceof Padding) {
            m.put("length", ((Padding) b).length());
        } else if (b instanceof VCFLACDict) {
            m.put("vendor", ((VCFLACDict) b).vendor());
        } else if (b instanceof RawBlock) {
            m.putAll(Normalisers.bytes(((RawBlock) b).data()));
        }
        return m;
    }

    /** The editor: pictures and save options here, the rest generic. */
    static final Editor EDITOR = (FileType file, EditOp op) -> {
        FLAC f = (FLAC) file;
        switch (op.name()) {
            case "add_picture":
                Picture p = new Picture();
                p.type(num(op.get("type"), 3));
                p.mime(str(op.get("mime")));
                p.desc(str(op.get("desc")));
                p.width(num(op.get("width"), 0));
                p.height(num(op.get("height"), 0));
                p.depth(num(op.get("depth"), 0));
                p.colors(num(op.get("colors"), 0));
                p.data(op.get("seeded") != null ? Seeded.from(op.json())
                        : HexFormat.of().parseHex(str(op.get("hex"))));
                f.addPicture(p);
                break;
            case "clear_pictures":
                f.clearPictures();
                break;
            case "set_cuesheet":
                f.cuesheet(op.value() == null ? null : cuesheet((Map<?, ?>) op.value()));
                break;
            case "set_seektable":
                f.seektable(op.value() == null ? null : seektable((List<?>) op.value()));
                break;
            case "add_block":
                f.metadataBlocks().add(new RawBlock((int) num(op.get("code"), 0),
                        HexFormat.of().parseHex(str(op.get("hex")))));
                break;
            case "remove_blocks":
                int code = (int) num(op.get("code"), -1);
                f.metadataBlocks().removeIf(b -> b.code() == code);
                break;
            case "save":
                save(f, op.options());
                break;
            default:
                Editors.GENERIC.apply(file, op);
        }
    };

    private static void save(FLAC f, Map<String, Object> options) throws IOException {
        boolean deleteId3 = false;
        PaddingFunction padding = null;
        for (Map.Entry<String, Object> o : options.entrySet()) {
            switch (o.getKey()) {
                case "deleteid3":
                    deleteId3 = Boolean.TRUE.equals(o.getValue());
                    break;
                case "padding":
                    long n = ((Number) o.getValue()).longValue();
                    padding = info -> n;
                    break;
                default:
                    throw new UnsupportedOperationException("FLAC.save has no option " + o.getKey());
            }
        }
        f.save(deleteId3, padding);
    }

    /** A cue sheet from its edit form (see oracle.py's {@code make_cuesheet}). */
    static CueSheet cuesheet(Map<?, ?> spec) {
        CueSheet sheet = new CueSheet();
        sheet.mediaCatalogNumber(ascii(spec.get("media_catalog_number")));
        sheet.leadInSamples(num(spec.get("lead_in_samples"), 88200));
        sheet.compactDisc(spec.get("compact_disc") == null || Boolean.TRUE.equals(spec.get("compact_disc")));
        Object tracks = spec.get("tracks");
        for (Object o : tracks == null ? List.of() : (List<?>) tracks) {
            Map<?, ?> t = (Map<?, ?>) o;
            CueSheetTrack track = new CueSheetTrack((int) num(t.get("track_number"), 0),
                    num(t.get("start_offset"), 0), ascii(t.get("isrc")), (int) num(t.get("type"), 0),
                    Boolean.TRUE.equals(t.get("pre_emphasis")));
            Object indexes = t.get("indexes");
            for (Object i : indexes == null ? List.of() : (List<?>) indexes) {
                List<?> pair = (List<?>) i;
                track.indexes().add(new CueSheetTrackIndex((int) num(pair.get(0), 0), num(pair.get(1), 0)));
            }
            sheet.tracks().add(track);
        }
        return sheet;
    }

    /** A seek table from its edit form: a list of [first_sample, byte_offset, num_samples]. */
    static SeekTable seektable(List<?> points) {
        SeekTable table = new SeekTable();
        for (Object o : points) {
            List<?> p = (List<?>) o;
            table.seekpoints().add(new SeekPoint(num(p.get(0), 0), num(p.get(1), 0), (int) num(p.get(2), 0)));
        }
        return table;
    }

    private static byte[] ascii(Object v) {
        return str(v).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static long num(Object v, long dflt) {
        return v == null ? dflt : ((Number) v).longValue();
    }

    private static String str(Object v) {
        return v == null ? "" : (String) v;
    }
}
