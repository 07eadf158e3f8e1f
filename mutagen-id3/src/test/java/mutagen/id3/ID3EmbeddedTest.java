// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/** The hooks container formats use for an ID3 tag inside a chunk (mutagen's _IFFID3 / _DSFID3 pattern). */
class ID3EmbeddedTest {
    /** An ID3 tag that starts at a fixed offset, as in an IFF chunk. */
    static final class At extends ID3 {
        private static long offset;

        At(FileSource src, long at) throws IOException {
            super(prepare(src, at), ID3LoadOptions.defaults().withLoadV1(false));
        }

        private static FileSource prepare(FileSource src, long at) {
            offset = at;
            return src;
        }

        @Override
        protected long preLoadHeader(FileSource source) {
            return offset;
        }
    }

    @Test
    void testLoadAtOffset() throws Exception {
        byte[] tag = TestFiles.bytes(TestFiles.corpus("id3v23_unsynch.id3"));
        byte[] file = T.cat(T.repeat("FORM", 25), tag, T.repeat("x", 50));
        ID3 id3 = new At(FileSource.of(file, ""), 100);
        assertEquals(new ID3(TestFiles.corpus("id3v23_unsynch.id3")).pprint(), id3.pprint());
        assertEquals(new ID3(TestFiles.corpus("id3v23_unsynch.id3")).size(), id3.size());
        assertThrows(ID3NoHeaderError.class, () -> new At(FileSource.of(file, ""), 99));
    }

    @Test
    void testPrepareDataAtOffset() throws Exception {
        byte[] file = T.cat(T.repeat("FORM", 25), new byte[400]);
        ID3 id3 = new ID3();
        id3.add(new TIT2(Encoding.UTF8, "x"));
        byte[] data = id3.prepareData(FileSource.of(file, ""), 100, 0,
                ID3SaveOptions.defaults().withPadding(info -> {
                    assertEquals(400, info.size());
                    assertEquals(-(10 + 10 + 3), info.padding());
                    return 5;
                }));
        assertEquals(10 + 13 + 5, data.length);
        assertArrayEquals(T.b("ID3\4\0\0\0\0\0\u0012TIT2\0\0\0\3\0\0\3x\0"), Arrays.copyOf(data, 23));
    }
}
