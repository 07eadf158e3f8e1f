// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import mutagen.util.BitPaddedInt;
import mutagen.util.Bytes;

/**
 * Writes what mutagen's tests get from {@code ID3().add(TIT1(text=["a" * 5000], encoding=3)); tag.save(copy)}: an
 * ID3v2.4 tag with that one frame and 1024 bytes of padding, in front of the original bytes.
 */
final class Id3Prefix {
    private Id3Prefix() {
    }

    static byte[] tag(int textLength, int padding) {
        byte[] text = new byte[1 + textLength];
        text[0] = 3; // UTF-8
        Arrays.fill(text, 1, text.length, (byte) 'a');
        byte[] frame = Bytes.concat(Bytes.ascii("TIT1"), BitPaddedInt.encodeSyncsafe(text.length), new byte[2], text);
        int size = frame.length + padding;
        return Bytes.concat(Bytes.ascii("ID3"), new byte[] {4, 0, 0}, BitPaddedInt.encodeSyncsafe(size), frame,
                new byte[padding]);
    }

    /** A copy of {@code original} in {@code dir} with the tag in front. */
    static Path copyWithTag(Path original, Path dir) throws IOException {
        Path copy = dir.resolve("tagged-" + original.getFileName());
        Files.write(copy, Bytes.concat(tag(5000, 1024), Files.readAllBytes(original)));
        return copy;
    }
}
