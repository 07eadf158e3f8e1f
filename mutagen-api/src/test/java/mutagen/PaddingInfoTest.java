// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TPaddingInfo
package mutagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaddingInfoTest {

    @Test
    void testDefaultStrategyBoundaries() {
        assertEquals(1024, new PaddingInfo(-1, 0).defaultPadding());
        assertEquals(1024 + 10, new PaddingInfo(-1, 10000).defaultPadding());
        assertEquals(42, new PaddingInfo(42, 0).defaultPadding());
        assertEquals(1024, new PaddingInfo(10241, 0).defaultPadding());
        assertEquals(10240, new PaddingInfo(10240, 0).defaultPadding());
        assertEquals(10240 + 100, new PaddingInfo(10240 + 100, 10000).defaultPadding());
        assertEquals(1024 + 10, new PaddingInfo(10240 + 101, 10000).defaultPadding());
    }

    @Test
    void testRepr() {
        assertEquals("<PaddingInfo size=100 padding=10>", new PaddingInfo(10, 100).toString());
    }

    @Test
    void testUserFunction() {
        PaddingInfo info = new PaddingInfo(100, 5);
        assertEquals(0, info.padding(i -> 0));
        assertEquals(100, info.padding(i -> Math.max(i.padding(), 0)));
        assertEquals(100, info.padding((PaddingFunction) null));
    }

    @Test
    void testNegativeUserPaddingIsPassedOn() {
        // _get_padding returns the callback's answer unchecked; formats handle negative values themselves.
        PaddingInfo info = new PaddingInfo(100, 5);
        assertEquals(-1, info.padding(i -> -1));
    }

    @Test
    void testProps() {
        PaddingInfo info = new PaddingInfo(10, 100);
        assertEquals(100, info.size());
        assertEquals(10, info.padding());

        info = new PaddingInfo(-10, 100);
        assertEquals(100, info.size());
        assertEquals(-10, info.padding());
    }

    @Test
    void testDefaultStrategy() {
        long s = 100000;
        assertEquals(10, new PaddingInfo(10, s).defaultPadding());
        assertEquals(1124, new PaddingInfo(-10, s).defaultPadding());
        assertEquals(0, new PaddingInfo(0, s).defaultPadding());
        assertEquals(1124, new PaddingInfo(20000, s).defaultPadding());

        assertEquals(10, new PaddingInfo(10, 0).defaultPadding());
        assertEquals(1024, new PaddingInfo(-10, 0).defaultPadding());
        assertEquals(1050, new PaddingInfo(1050, 0).defaultPadding());
        assertEquals(1024, new PaddingInfo(20000, 0).defaultPadding());
    }

    @Test
    void testModulePathIsUsed() {
        assertTrue(PaddingInfo.class.getModule().isNamed(), "tests must run on the module path");
        assertEquals("mutagen", PaddingInfo.class.getModule().getName());
    }
}
