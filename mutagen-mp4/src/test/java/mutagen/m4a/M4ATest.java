// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.m4a;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

// Port of tests/test_m4a.py::TM4ADeprecation
@SuppressWarnings("deprecation")
class M4ATest {
    static final Path SOME_FILE = TestFiles.corpus("no-tags.m4a");

    @Test
    void testFail() throws Exception {
        assertEquals("deprecated", assertThrows(M4AError.class, () -> new M4A(SOME_FILE)).getMessage());
        assertThrows(M4AError.class, () -> M4A.deleteFrom(SOME_FILE));
        assertThrows(M4AError.class, M4AInfo::new);
        M4A a = new M4A();
        a.addTags();
        assertTrue(a.tags().items().isEmpty());
        M4ACover someCover = new M4ACover("foo".getBytes(), M4ACover.FORMAT_JPEG);
        assertEquals(M4ACover.FORMAT_JPEG, someCover.imageformat());
        M4ATags tags = new M4ATags();
        assertThrows(M4AError.class, () -> tags.save(SOME_FILE));
    }

    @Test
    void testMissingFileFailsWhenOpened() {
        MutagenError e = assertThrows(MutagenError.class, () -> new M4A(SOME_FILE.resolveSibling("nope.m4a")));
        assertTrue(!(e instanceof M4AError), e.toString());
        assertEquals(0, M4A.score());
    }
}
