// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzz target `flac`: {@link FuzzFormats#FLAC} opened from bytes, read through, edited, saved and reopened. */
class FLACFuzzTest {
    static Stream<Arguments> seeds() {
        return FuzzFormats.FLAC.seeds();
    }

    @MethodSource("seeds")
    @FuzzTest
    void fuzz(byte[] data) {
        FuzzCheck.format(FuzzFormats.FLAC, data);
    }
}
