// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The public frame classes of package mutagen.id3 against the frame registries. */
class ID3ModuleExportsTest {

    // Port of tests/test_id3.py::test_id3_module_exports_all_frames
    @Test
    void testId3ModuleExportsAllFrames() throws ClassNotFoundException {
        for (Map<String, Supplier<? extends Frame>> registry : java.util.List.of(Frames.v23(), Frames.v22())) {
            assertFalse(registry.isEmpty());
            for (Map.Entry<String, Supplier<? extends Frame>> e : registry.entrySet()) {
                Class<?> exported = Class.forName("mutagen.id3." + e.getKey());
                assertTrue(Modifier.isPublic(exported.getModifiers()), exported + " is public");
                assertEquals(exported, e.getValue().get().getClass(), e.getKey());
            }
        }
    }
}
