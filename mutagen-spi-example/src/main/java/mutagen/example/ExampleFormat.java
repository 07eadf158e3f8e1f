// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.example;

import mutagen.util.Bytes;

/** The constants of the format, in one place. */
final class ExampleFormat {
    /** The magic value at offset 0. */
    static final byte[] MAGIC = Bytes.ascii("MUTAGEN-EXAMPLE");
    /** The only version there is. */
    static final int VERSION = 1;
    /** The offset of the tag region size field. */
    static final int TAG_SIZE_OFFSET = 26;
    /** The size of the fixed header, which is also the offset of the tag region. */
    static final int HEADER_SIZE = 30;
    /** The file name extension that adds to the score. */
    static final String EXTENSION = ".mutex";
    /** The mime type. */
    static final String MIME = "audio/x-mutagen-example";

    private ExampleFormat() {
    }
}
