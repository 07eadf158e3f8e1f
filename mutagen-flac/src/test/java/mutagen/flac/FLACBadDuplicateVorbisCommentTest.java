// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TFLACBadDuplicateVorbisComment
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.MutagenError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FLACBadDuplicateVorbisCommentTest {
    @TempDir
    Path tmp;
    private Path filename;

    @BeforeEach
    void setUp() throws IOException {
        filename = FlacTestSupport.copy("silence-44-s.flac", tmp);
        // add a second vorbis comment block to the file right after the first
        VCFLACDict someTags = new VCFLACDict();
        someTags.put("DUPLICATE", List.of("SECOND"));
        FLAC f = new FLAC(filename);
        f.tags().put("DUPLICATE", List.of("FIRST"));
        assertSame(f.tags(), f.metadataBlocks().get(2));
        f.metadataBlocks().add(3, someTags);
        f.save();
    }

    @Test
    void testLoadMultiple() throws IOException {
        // on load always use the first one, like metaflac
        FLAC f = new FLAC(filename);
        assertEquals(List.of("FIRST"), f.get("DUPLICATE"));
        assertSame(f.tags(), f.metadataBlocks().get(2));
        assertEquals(List.of("SECOND"), ((VCFLACDict) f.metadataBlocks().get(3)).get("DUPLICATE"));

        // save in the same order
        f.save();
        f = new FLAC(filename);
        assertEquals(List.of("FIRST"), f.get("DUPLICATE"));
    }

    @Test
    void testDeleteMultiple() throws IOException {
        // on delete we delete both
        FLAC f = new FLAC(filename);
        f.delete();
        assertEquals(0, f.tags().size());
        f = new FLAC(filename);
        assertNull(f.tags());
    }

    @Test
    void testDeleteMultipleFail() throws IOException {
        FLAC f = new FLAC(filename);
        assertThrows(MutagenError.class, () -> f.delete(Path.of("/dev/null")));
        f.save();

        // if delete failed we shouldn't see a difference
        FLAC g = new FLAC(filename);
        assertSame(g.tags(), g.metadataBlocks().get(2));
        assertEquals(g.tags().code(), g.metadataBlocks().get(3).code());
    }
}
