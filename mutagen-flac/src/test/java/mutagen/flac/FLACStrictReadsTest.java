// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import mutagen.util.ByteReader;
import org.junit.jupiter.api.Test;

/** FLAC's strict reader: short reads fail with mutagen's message, nothing is allocated for a length not present. */
class FLACStrictReadsTest {

    @Test
    void shortReadMessage() throws IOException {
        ByteReader in = FLACParser.reader(new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2}, in.bytes(2));
        FLACError e = assertThrows(FLACError.class, () -> in.bytes(4));
        assertEquals("file said 4 bytes, read 1 bytes", e.getMessage());
        in.seek(3);
        assertEquals("file said 4 bytes, read 0 bytes", assertThrows(FLACError.class, () -> in.bytes(4)).getMessage());
    }

    // A length of 4 GiB in a file that holds it ("cannot read N bytes, too large") is ByteReaderFileTest's
    // longOffsetsPastTwoGigabytesOnAFakeChannel: the words come from the shared reader.

    @Test
    void picturePayloadClaimingFourGigabytes() {
        byte[] data = new byte[32];
        data[28] = (byte) 0xFF;
        data[29] = (byte) 0xFF;
        data[30] = (byte) 0xFF;
        data[31] = (byte) 0xFF;
        FLACError e = assertThrows(FLACError.class, () -> new Picture(data));
        assertEquals("file said 4294967295 bytes, read 0 bytes", e.getMessage());
    }
}
