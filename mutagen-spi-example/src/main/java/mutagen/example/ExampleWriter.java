// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.example;

import java.io.IOException;
import mutagen.PaddingFunction;
import mutagen.PaddingInfo;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/** Writes tags into a MUTAGEN-EXAMPLE file, keeping mutagen's padding rules. */
final class ExampleWriter {
    private ExampleWriter() {
    }

    /**
     * Replaces the tag region of the target (which is read again: it may be another file than the one loaded) with
     * the tags and the padding the function asks for.
     */
    static void save(FileSource target, ExampleTags tags, PaddingFunction padding) throws IOException {
        ExampleParser.Header header = ExampleParser.header(target);
        byte[] body = ExampleParser.encode(tags);
        long oldRegion = header.tagRegionSize;
        long audio = target.size() - ExampleFormat.HEADER_SIZE - oldRegion;
        PaddingInfo info = new PaddingInfo(oldRegion - body.length, audio);
        long wanted = info.padding(padding);
        long newRegion = body.length + wanted;
        if (newRegion > 0xFFFFFFFFL) {
            throw new ExampleError("tags of " + newRegion + " bytes do not fit the 32-bit size field");
        }
        // Only a change of size moves the audio data (on a temporary copy); otherwise this is two small writes,
        // which FileSource commits as one.
        target.resize(ExampleFormat.HEADER_SIZE, oldRegion, newRegion);
        byte[] size = new byte[4];
        Bytes.put32be(size, 0, newRegion);
        target.write(ExampleFormat.TAG_SIZE_OFFSET, size);
        byte[] region = new byte[(int) newRegion];
        System.arraycopy(body, 0, region, 0, body.length);
        target.write(ExampleFormat.HEADER_SIZE, region);
    }

    /** Removes the tag region with its padding. */
    static void delete(FileSource target) throws IOException {
        ExampleParser.Header header = ExampleParser.header(target);
        target.resize(ExampleFormat.HEADER_SIZE, header.tagRegionSize, 0);
        target.write(ExampleFormat.TAG_SIZE_OFFSET, new byte[4]);
    }
}
