// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.example;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import mutagen.util.Text;

/** Reads a MUTAGEN-EXAMPLE file: only the header and the tag region, never the audio data. */
final class ExampleParser {
    /** The header fields and the tag region's size. */
    static final class Header {
        final ExampleInfo info;
        final long tagRegionSize;

        Header(ExampleInfo info, long tagRegionSize) {
            this.info = info;
            this.tagRegionSize = tagRegionSize;
        }
    }

    private ExampleParser() {
    }

    /** Reads and checks the fixed header. */
    static Header header(FileSource source) throws IOException {
        // readExactly checks the length against the file before allocating; a short file is an ExampleError.
        ByteReader r = source.reader(0, Math.min(ExampleFormat.HEADER_SIZE, source.size()), ExampleError::new);
        if (!r.startsWith(ExampleFormat.MAGIC)) {
            throw new ExampleError("not a MUTAGEN-EXAMPLE file: missing \"MUTAGEN-EXAMPLE\" magic at offset 0");
        }
        r.skip(ExampleFormat.MAGIC.length);
        int version = r.u8();
        if (version != ExampleFormat.VERSION) {
            throw new ExampleError("unsupported MUTAGEN-EXAMPLE version " + version + ", expected 1");
        }
        long rate = r.u32be();
        int channels = r.u16be();
        long samples = r.u32be();
        long tagSize = r.u32be();
        if (rate == 0) {
            throw new ExampleError("invalid sample rate 0 at offset 16");
        }
        long left = source.size() - ExampleFormat.HEADER_SIZE;
        if (tagSize > left) {
            throw new ExampleError("tag region of " + tagSize + " bytes at offset 30 exceeds the " + left
                    + " bytes left");
        }
        return new Header(new ExampleInfo(rate, channels, samples), tagSize);
    }

    /** Reads the tags of the region, or {@code null} when the region is empty (the file has no tags). */
    static ExampleTags tags(FileSource source, long regionSize) throws IOException {
        if (regionSize == 0) {
            return null;
        }
        ByteReader r = source.reader(ExampleFormat.HEADER_SIZE, regionSize, ExampleError::new);
        ExampleTags tags = new ExampleTags();
        while (true) {
            int keyLength = r.u16be();
            if (keyLength == 0) {
                break;
            }
            String key = r.latin1(keyLength);
            long valueLength = r.u32be();
            // ByteReader checks valueLength against the region before allocating anything.
            byte[] value = r.bytes(valueLength);
            if (!ExampleTags.isValidKey(key)) {
                throw new ExampleError("invalid tag key at offset " + (r.fileOffset() - valueLength - 4 - keyLength));
            }
            try {
                tags.put(key, Text.utf8(value, 0, value.length));
            } catch (CharacterCodingException e) {
                throw new ExampleError("tag " + key + " is not valid UTF-8", e);
            }
        }
        return tags;
    }

    /** The bytes of the tags as stored: entries then the terminator. */
    static byte[] encode(ExampleTags tags) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (java.util.Map.Entry<String, String> e : tags.entries().entrySet()) {
            byte[] key = e.getKey().getBytes(StandardCharsets.US_ASCII);
            byte[] value = e.getValue().getBytes(StandardCharsets.UTF_8);
            out.write(key.length >>> 8);
            out.write(key.length);
            out.writeBytes(key);
            byte[] len = new byte[4];
            mutagen.util.Bytes.put32be(len, 0, value.length);
            out.writeBytes(len);
            out.writeBytes(value);
        }
        out.write(0);
        out.write(0);
        return out.toByteArray();
    }
}
