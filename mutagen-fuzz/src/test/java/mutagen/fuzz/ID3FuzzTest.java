// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzz target `id3`: {@link FuzzFormats#ID3} opened from bytes, read through, edited, saved and reopened. */
class ID3FuzzTest {
    static Stream<Arguments> seeds() {
        return FuzzFormats.ID3.seeds();
    }

    @MethodSource("seeds")
    @FuzzTest
    void fuzz(byte[] data) {
        FuzzCheck.format(FuzzFormats.ID3, data);
    }
}
