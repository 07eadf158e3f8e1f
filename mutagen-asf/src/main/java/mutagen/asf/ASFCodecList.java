// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import mutagen.util.PyCompat;

/**
 * The codec list object: the codec of the first audio entry (type 2) becomes {@link ASFInfo}'s codec type, name and
 * description. Mirrors {@code CodecListObject.parse}: the entry count at offset 16 (a short payload is
 * "truncated"), then entries of type, name and description (UTF-16 code unit counts; text that does not decode is
 * empty) and codec information (a 2-byte wave format id names the codec); an entry cut short is
 * {@code ASFError("invalid codec entry")}.
 */
final class ASFCodecList {
    private ASFCodecList() {
    }

    static void parse(ASFInfo info, Slice s) throws ASFError {
        long count = s.u32(16);
        long offset = 20;
        for (long i = 0; i < count; i++) {
            int type;
            String name;
            String desc;
            String codec = "";
            try {
                type = s.u16(offset);
                int units = s.u16(offset + 2);
                offset += 4;
                name = textOrEmpty(s, offset, offset + 2L * units);
                offset += 2L * units;
                units = s.u16(offset);
                offset += 2;
                desc = textOrEmpty(s, offset, offset + 2L * units);
                offset += 2L * units;
                int size = s.u16(offset);
                offset += 2;
                if (size == 2) {
                    String known = ASFCodecs.name(s.u16(offset));
                    codec = known == null ? "" : known;
                }
                offset += size;
            } catch (ASFHeaderError e) {
                throw new ASFError("invalid codec entry");
            }
            if (type == 2) {
                info.codec(codec, PyCompat.strip(name), PyCompat.strip(desc));
                return;
            }
        }
    }

    private static String textOrEmpty(Slice s, long from, long to) {
        try {
            return s.textStripNul(from, to);
        } catch (ASFError e) {
            return "";
        }
    }
}
