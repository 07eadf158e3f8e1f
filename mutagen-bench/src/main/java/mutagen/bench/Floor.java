// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The floor of any tag reader: open a file, read its first 4 KiB, close it. */
public final class Floor {
    /** How many bytes the floor reads. */
    public static final int BYTES = 4096;

    private Floor() {
    }

    /** Opens the file, reads up to 4 KiB from its start and closes it; returns the number of bytes read. */
    public static int read4k(Path path) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(BYTES);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            while (buf.hasRemaining()) {
                if (ch.read(buf) < 0) {
                    break;
                }
            }
        }
        return buf.position();
    }
}
