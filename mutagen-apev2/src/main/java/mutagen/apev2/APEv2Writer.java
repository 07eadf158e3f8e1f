// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.Limits;

/**
 * Writes APEv2 tags as mutagen does: the old tag is removed (a tag at the start is cut out; a tag at the end is cut
 * off with everything after it, an ID3v1 tag included), then header, items sorted by (length, bytes) and footer are
 * appended, version 2000. Only the end of the file is touched unless the old tag was at the start.
 */
final class APEv2Writer {
    private APEv2Writer() {
    }

    static void save(FileSource target, APEv2 tags) throws IOException {
        byte[] tag = render(tags);
        APEv2Location loc = APEv2Location.find(target);
        if (loc.isAtStart) {
            deleteBytes(target, loc.end - loc.start, loc.start);
        } else if (loc.found()) {
            target.truncate(loc.start);
        }
        target.write(target.size(), tag);
    }

    static void delete(FileSource target) throws IOException {
        APEv2Location loc = APEv2Location.find(target);
        if (loc.found()) {
            deleteBytes(target, loc.end - loc.start, loc.start);
        }
    }

    /** mutagen's {@code delete_bytes}, which refuses an area that reaches past the end of the file. */
    private static void deleteBytes(FileSource target, long size, long offset) throws IOException {
        if (size < 0 || offset < 0 || offset + size > target.size()) {
            throw new APEv2Error("area outside of file");
        }
        target.delete(offset, size);
    }

    /** Header, items and footer. */
    static byte[] render(APEv2 tags) throws APEv2Error {
        List<byte[]> items = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, APEValue> e : tags.items()) {
            byte[] item = item(e.getKey(), e.getValue());
            total += item.length;
            items.add(item);
        }
        if (total + 64 > Limits.MAX_ARRAY || total + 32 > 0xFFFFFFFFL) {
            throw new APEv2Error("APEv2 tag of " + total + " bytes is too large");
        }
        items.sort((a, b) -> a.length != b.length ? Integer.compare(a.length, b.length)
                : Arrays.compareUnsigned(a, b));
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) total + 64);
        out.writeBytes(headerOrFooter(total + 32, items.size(), APEv2Location.HAS_HEADER | APEv2Location.IS_HEADER));
        for (byte[] item : items) {
            out.writeBytes(item);
        }
        out.writeBytes(headerOrFooter(total + 32, items.size(), APEv2Location.HAS_HEADER));
        return out.toByteArray();
    }

    private static byte[] item(String key, APEValue value) {
        byte[] v = value.write();
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[8 + k.length + 1 + v.length];
        Bytes.put32le(out, 0, v.length);
        Bytes.put32le(out, 4, (long) value.kind() << 1);
        System.arraycopy(k, 0, out, 8, k.length);
        System.arraycopy(v, 0, out, 9 + k.length, v.length);
        return out;
    }

    private static byte[] headerOrFooter(long size, int count, long flags) {
        byte[] out = new byte[32];
        System.arraycopy(APEv2Location.MAGIC, 0, out, 0, 8);
        Bytes.put32le(out, 8, 2000);
        Bytes.put32le(out, 12, size);
        Bytes.put32le(out, 16, count);
        Bytes.put32le(out, 20, flags);
        return out;
    }
}
