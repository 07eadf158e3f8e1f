// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2.view;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mutagen.apev2.APEBinaryValue;
import mutagen.apev2.APETextValue;
import mutagen.apev2.APEValue;
import mutagen.apev2.APEv2;
import mutagen.common.Picture;
import mutagen.common.PictureType;
import mutagen.common.TagsAccess;
import mutagen.util.Bytes;

/**
 * The cross-format view's access to APEv2 items through {@link APEv2}: text items as their parts, pictures as
 * binary {@code Cover Art (Type)} items holding {@code file name NUL data} (Picard writes
 * {@code Cover Art (Front).jpg}; one picture per type, as APEv2 keys are unique).
 */
final class APEv2View extends TagsAccess<APEv2> {
    private static final String COVER = "Cover Art (";

    APEv2View(APEv2 tags) {
        super(tags, APEv2Mapping.TABLE);
    }

    @Override
    public List<String> get(String nativeKey) {
        APEValue v = tags.get(nativeKey);
        return v instanceof APETextValue ? ((APETextValue) v).parts() : List.of();
    }

    @Override
    public void set(String nativeKey, List<String> values) {
        tags.put(nativeKey, new ArrayList<>(values));
    }

    @Override
    public List<Picture> pictures() {
        List<Picture> out = new ArrayList<>();
        for (Map.Entry<String, APEValue> e : tags.items()) {
            PictureType type = coverType(e.getKey());
            if (type != null && e.getValue() instanceof APEBinaryValue) {
                byte[] value = ((APEBinaryValue) e.getValue()).value();
                int nul = Bytes.indexOf(value, new byte[] {0}, 0);
                byte[] data = nul < 0 ? value : java.util.Arrays.copyOfRange(value, nul + 1, value.length);
                out.add(new Picture(type, Picture.guessMime(data), "", data));
            }
        }
        return out;
    }

    /** The type of a {@code Cover Art (...)} key, or {@code null}. */
    private static PictureType coverType(String key) {
        if (!key.toLowerCase(Locale.ROOT).startsWith(COVER.toLowerCase(Locale.ROOT)) || !key.endsWith(")")) {
            return null;
        }
        String name = key.substring(COVER.length(), key.length() - 1);
        for (int i = 0; i < APEv2Mapping.COVER_KEYS.length; i++) {
            if (APEv2Mapping.COVER_KEYS[i].equalsIgnoreCase(name)) {
                return PictureType.of(i);
            }
        }
        return PictureType.OTHER;
    }

    @Override
    public void setPictures(List<Picture> pictures) {
        for (Map.Entry<String, APEValue> e : tags.items()) {
            if (coverType(e.getKey()) != null && e.getValue() instanceof APEBinaryValue) {
                tags.remove(e.getKey());
            }
        }
        for (Picture p : pictures) {
            String key = COVER + APEv2Mapping.COVER_KEYS[p.type().code()] + ")";
            String ext = switch (p.mime()) {
                case "image/png" -> ".png";
                case "image/gif" -> ".gif";
                case "image/bmp" -> ".bmp";
                case "image/webp" -> ".webp";
                default -> ".jpg";
            };
            byte[] name = (key + ext).getBytes(StandardCharsets.US_ASCII);
            tags.put(key, new APEBinaryValue(Bytes.concat(name, new byte[] {0}, p.data())));
        }
    }
}
