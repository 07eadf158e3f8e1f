// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import mutagen.util.SaveMode;
import org.junit.jupiter.api.Test;

class SaveOptionsTest {
    /** A format's own options, as ID3's and FLAC's extend the base. */
    private static final class Own extends SaveOptions {
        final int extra;

        Own(int extra, PaddingFunction padding, SaveMode mode) {
            super(padding, mode);
            this.extra = extra;
        }

        @Override
        protected Own copy(PaddingFunction newPadding, SaveMode newMode) {
            return new Own(extra, newPadding, newMode);
        }
    }

    @Test
    void testDefaults() {
        assertNull(SaveOptions.defaults().padding());
        assertEquals(SaveMode.JOURNAL, SaveOptions.defaults().mode());
        assertSame(SaveOptions.defaults(), SaveOptions.defaults());
    }

    @Test
    void testWithersCopyAndKeepTheSubclass() {
        PaddingFunction none = info -> 0;
        SaveOptions o = SaveOptions.defaults().withPadding(none).withMode(SaveMode.DIRECT);
        assertSame(none, o.padding());
        assertEquals(SaveMode.DIRECT, o.mode());
        assertEquals(SaveMode.JOURNAL, SaveOptions.defaults().mode(), "the defaults are unchanged");
        Own own = new Own(7, null, SaveMode.JOURNAL);
        SaveOptions changed = own.withMode(SaveMode.DURABLE).withPadding(none);
        assertEquals(Own.class, changed.getClass());
        assertEquals(7, ((Own) changed).extra);
        assertEquals(SaveMode.DURABLE, changed.mode());
    }

    @Test
    void testEqualityAndMode() {
        assertEquals(SaveOptions.defaults(), SaveOptions.defaults().withMode(SaveMode.JOURNAL));
        assertNotEquals(SaveOptions.defaults(), SaveOptions.defaults().withMode(SaveMode.DIRECT));
        assertEquals(SaveOptions.defaults().hashCode(), SaveOptions.defaults().withPadding(null).hashCode());
        assertThrows(NullPointerException.class, () -> SaveOptions.defaults().withMode(null));
    }
}
