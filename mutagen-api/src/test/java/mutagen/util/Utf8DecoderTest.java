// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Text decoded through a kept char buffer are the JDK's strings for valid UTF-8, and refused (null, for the
 * caller's own decoding) for anything invalid: every lead byte with every second byte and continuation bytes or not
 * after them, and random text with random damage.
 */
class Utf8DecoderTest {
    /** A byte after the second only matters as a continuation byte or not (the second decides the rest). */
    private static final int[] LAST = {0x41, 0x80, 0xBF, 0xC0};

    private final Utf8Decoder chars = new Utf8Decoder();

    /** The JDK's strict answer: the text of valid UTF-8, else null. */
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();

    private String strict(byte[] data, int from, int to) {
        try {
            return decoder.reset().decode(ByteBuffer.wrap(data, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int plainFirstNonAscii(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    private int checked;

    private void check(byte[] data, int from, int to) {
        int first = Bytes.firstNonAscii(data, from, to);
        assertEquals(plainFirstNonAscii(data, from, to), first);
        String expected = strict(data, from, to);
        assertEquals(expected, chars.decodeIfValid(data, from, to), () -> Arrays.toString(data) + " " + from + ".." + to);
        if (first < 0) {
            return;
        }
        checked++;
    }

    /** A sequence inside ASCII text, at the start, at the end, and cut short by the range's end. */
    private void checkSequence(byte[] seq) {
        byte[] data = new byte[seq.length + 20];
        Arrays.fill(data, (byte) 'x');
        System.arraycopy(seq, 0, data, 9, seq.length);
        check(data, 0, data.length);
        check(data, 9, data.length);
        check(data, 0, 9 + seq.length);
        for (int cut = 1; cut < seq.length; cut++) {
            check(data, 0, 9 + cut);
        }
    }

    @Test
    void everyLeadWithEverySecondByte() {
        for (int lead = 0x80; lead < 0x100; lead++) {
            for (int second = 0; second < 0x100; second++) {
                checkSequence(new byte[] {(byte) lead, (byte) second});
                // Three bytes from the three-byte leads on, four from the four-byte leads to the first beyond them.
                for (int third : lead >= 0xE0 ? LAST : new int[0]) {
                    checkSequence(new byte[] {(byte) lead, (byte) second, (byte) third});
                    for (int fourth : lead >= 0xF0 && lead <= 0xF5 ? LAST : new int[0]) {
                        checkSequence(new byte[] {(byte) lead, (byte) second, (byte) third, (byte) fourth});
                    }
                }
            }
        }
        assertTrue(checked > 100_000, "inputs checked: " + checked);
    }

    @Test
    void randomTextWithRandomDamage() {
        Random random = new Random(8);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                int kind = random.nextInt(5);
                int cp = kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0x80 + random.nextInt(0x780)
                        : kind == 2 ? 0x800 + random.nextInt(0xF800) : kind == 3 ? 0x10000 + random.nextInt(0x100000)
                        : "★–ü€".codePointAt(random.nextInt(4));
                if (cp < 0xD800 || cp > 0xDFFF) {
                    text.appendCodePoint(cp);
                }
            }
            byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
            if (data.length > 0 && random.nextInt(3) == 0) {
                data[random.nextInt(data.length)] = (byte) random.nextInt(256);
            }
            int from = data.length == 0 ? 0 : random.nextInt(data.length);
            int to = from + random.nextInt(data.length - from + 1);
            check(data, from, to);
        }
    }

    /** A buffer grown for a long value still decodes short ones after it. */
    @Test
    void longAndShortValues() {
        String longText = "é".repeat(200) + "★";
        byte[] data = longText.getBytes(StandardCharsets.UTF_8);
        assertEquals(longText, chars.decodeIfValid(data, 0, data.length));
        byte[] shortText = "ab€".getBytes(StandardCharsets.UTF_8);
        assertEquals("ab€", chars.decodeIfValid(shortText, 0, shortText.length));
        assertEquals("abc", chars.decodeIfValid("xabcx".getBytes(StandardCharsets.US_ASCII), 1, 4));
    }
}
