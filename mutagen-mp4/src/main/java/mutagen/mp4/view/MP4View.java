// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4.view;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mutagen.common.Picture;
import mutagen.common.PictureType;
import mutagen.common.TagsAccess;
import mutagen.mp4.AtomDataType;
import mutagen.mp4.MP4Cover;
import mutagen.mp4.MP4FreeForm;
import mutagen.mp4.MP4Pair;
import mutagen.mp4.MP4Tags;

/**
 * The cross-format view's access to MP4 tags through {@link MP4Tags}: each atom's values as text ({@code trkn}
 * {@code "3/12"}, {@code cpil} {@code "1"}, {@code tmpo} {@code "120"}, freeform values decoded as UTF-8), written
 * back in the atom's own type as Picard writes them.
 */
final class MP4View extends TagsAccess<MP4Tags> {
    private static final String COVER = "covr";
    private static final Set<String> PAIRS = Set.of("trkn", "disk");
    private static final Set<String> FLAGS = Set.of("cpil", "pgap", "pcst");
    private static final Set<String> INTEGERS = Set.of("tmpo", "\u00a9mvi", "\u00a9mvc", "tvsn", "tves", "cnID",
            "sfID", "atID", "geID", "cmID", "plID", "shwm", "stik", "hdvd", "rtng", "akID");

    MP4View(MP4Tags tags) {
        super(tags, MP4Mapping.TABLE);
    }

    @Override
    public List<String> get(String nativeKey) {
        Object value = tags.get(nativeKey);
        List<String> out = new ArrayList<>();
        for (Object v : value instanceof List ? (List<?>) value : value == null ? List.of() : List.of(value)) {
            if (v instanceof MP4Cover) {
                continue;
            } else if (v instanceof MP4FreeForm) {
                out.add(new String(((MP4FreeForm) v).data(), StandardCharsets.UTF_8).replace("\0", ""));
            } else if (v instanceof MP4Pair) {
                MP4Pair p = (MP4Pair) v;
                out.add(p.total() > 0 ? p.number() + "/" + p.total() : Long.toString(p.number()));
            } else if (v instanceof Boolean) {
                out.add((Boolean) v ? "1" : "0");
            } else if (v != null) {
                out.add(v.toString());
            }
        }
        return out;
    }

    @Override
    public void set(String nativeKey, List<String> values) {
        try {
            if (PAIRS.contains(nativeKey)) {
                String[] p = values.get(0).split("/", 2);
                long total = p.length > 1 && !p[1].isBlank() ? Long.parseLong(p[1].trim()) : 0;
                tags.put(nativeKey, List.of(new MP4Pair(Long.parseLong(p[0].trim()), total)));
            } else if (FLAGS.contains(nativeKey)) {
                String v = values.get(0).trim();
                tags.put(nativeKey, v.equals("1") || v.equalsIgnoreCase("true"));
            } else if (INTEGERS.contains(nativeKey)) {
                List<Long> numbers = new ArrayList<>();
                for (String v : values) {
                    numbers.add(Long.parseLong(v.trim()));
                }
                tags.put(nativeKey, numbers);
            } else if (nativeKey.startsWith("----:")) {
                List<MP4FreeForm> forms = new ArrayList<>();
                for (String v : values) {
                    forms.add(new MP4FreeForm(v.getBytes(StandardCharsets.UTF_8)));
                }
                tags.put(nativeKey, forms);
            } else {
                tags.put(nativeKey, new ArrayList<>(values));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(nativeKey + " takes numbers, not " + values, e);
        }
    }

    @Override
    public List<Picture> pictures() {
        List<Picture> out = new ArrayList<>();
        Object value = tags.get(COVER);
        if (value instanceof List) {
            for (Object v : (List<?>) value) {
                if (v instanceof MP4Cover) {
                    MP4Cover c = (MP4Cover) v;
                    String mime = c.imageformat() == AtomDataType.PNG ? "image/png"
                            : c.imageformat() == AtomDataType.JPEG ? "image/jpeg" : Picture.guessMime(c.data());
                    out.add(new Picture(PictureType.COVER_FRONT, mime, "", c.data()));
                }
            }
        }
        return out;
    }

    @Override
    public void setPictures(List<Picture> pictures) {
        List<MP4Cover> covers = new ArrayList<>();
        for (Picture p : pictures) {
            int format = switch (p.mime()) {
                case "image/png" -> AtomDataType.PNG;
                case "image/jpeg", "image/jpg" -> AtomDataType.JPEG;
                case "image/gif" -> AtomDataType.GIF;
                case "image/bmp" -> AtomDataType.BMP;
                default -> throw new IllegalArgumentException("MP4 covr holds JPEG, PNG, GIF or BMP, not " + p.mime());
            };
            covers.add(new MP4Cover(p.data(), format));
        }
        if (covers.isEmpty()) {
            remove(COVER);
        } else {
            tags.put(COVER, covers);
        }
    }
}
