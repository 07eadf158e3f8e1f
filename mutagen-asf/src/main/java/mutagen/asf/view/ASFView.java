// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf.view;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mutagen.MutagenError;
import mutagen.asf.ASFBaseAttribute;
import mutagen.asf.ASFByteArrayAttribute;
import mutagen.asf.ASFTags;
import mutagen.common.Picture;
import mutagen.common.PictureType;
import mutagen.common.TagsAccess;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.Text;

/**
 * The cross-format view's access to ASF attributes through {@link ASFTags}: text, numbers and flags as text
 * (a flag as {@code "1"}/{@code "0"}), written as Unicode attributes as Picard writes them; pictures as
 * {@code WM/Picture} byte arrays (type byte, little-endian size, UTF-16LE MIME and description, data).
 */
final class ASFView extends TagsAccess<ASFTags> {
    private static final String PICTURE = "WM/Picture";

    ASFView(ASFTags tags) {
        super(tags, ASFMapping.TABLE);
    }

    @Override
    public List<String> get(String nativeKey) {
        List<ASFBaseAttribute> values = tags.get(nativeKey);
        List<String> out = new ArrayList<>();
        for (ASFBaseAttribute a : values == null ? List.<ASFBaseAttribute>of() : values) {
            Object v = a.value();
            if (v instanceof Boolean) {
                out.add((Boolean) v ? "1" : "0");
            } else if (v instanceof String || v instanceof Number) {
                out.add(v.toString());
            }
        }
        return out;
    }

    @Override
    public void set(String nativeKey, List<String> values) {
        tags.put(nativeKey, new ArrayList<>(values));
    }

    @Override
    public List<Picture> pictures() {
        List<ASFBaseAttribute> values = tags.get(PICTURE);
        List<Picture> out = new ArrayList<>();
        for (ASFBaseAttribute a : values == null ? List.<ASFBaseAttribute>of() : values) {
            if (a.value() instanceof byte[]) {
                try {
                    out.add(unpack((byte[]) a.value()));
                } catch (MutagenError e) {
                    // Not a WM/Picture structure: skipped, as Picard skips it.
                }
            }
        }
        return out;
    }

    private static Picture unpack(byte[] value) throws MutagenError {
        ByteReader in = new ByteReader(value, MutagenError::new);
        PictureType type = PictureType.of(in.u8());
        long size = in.u32le();
        String mime = utf16z(in, value);
        String desc = utf16z(in, value);
        return new Picture(type, mime, desc, in.bytes(size));
    }

    /** A NUL-terminated UTF-16LE string at the reader's position. */
    private static String utf16z(ByteReader in, byte[] value) throws MutagenError {
        int from = in.position();
        int end = Text.findTerminator(value, from, value.length, 2);
        if (end < 0) {
            throw new MutagenError("WM/Picture: missing string terminator");
        }
        String s = new String(in.bytes(end - from), StandardCharsets.UTF_16LE);
        in.skip(2);
        return s;
    }

    @Override
    public void setPictures(List<Picture> pictures) {
        List<ASFBaseAttribute> packed = new ArrayList<>();
        for (Picture p : pictures) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] size = new byte[4];
            Bytes.put32le(size, 0, p.size());
            out.write(p.type().code());
            out.writeBytes(size);
            out.writeBytes(p.mime().getBytes(StandardCharsets.UTF_16LE));
            out.writeBytes(new byte[2]);
            out.writeBytes(p.description().getBytes(StandardCharsets.UTF_16LE));
            out.writeBytes(new byte[2]);
            out.writeBytes(p.data());
            packed.add(new ASFByteArrayAttribute(out.toByteArray()));
        }
        if (packed.isEmpty()) {
            remove(PICTURE);
        } else {
            tags.put(PICTURE, packed);
        }
    }
}
