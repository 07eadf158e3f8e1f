// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Port of tests/test_apev2.py::TAPEv2ThenID3v1Writer
class APEv2ThenID3v1WriterTest extends APEWriterTest {
    @Override
    long offset() {
        return 128;
    }

    @BeforeEach
    @Override
    void setUp() throws IOException {
        super.setUp();
        ApeTestSupport.append(sampleNew, ApeTestSupport.id3v1());
        ApeTestSupport.append(brokenNew, ApeTestSupport.id3v1());
        ApeTestSupport.append(justTag, ApeTestSupport.id3v1());
    }

    /** Skipped in mutagen too (overridden with {@code pass}): here it checks the inherited case still reads. */
    @Test
    @Override
    void testTagAtStartWrite() throws IOException {
        testTagAtStart();
    }
}
