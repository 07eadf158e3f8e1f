// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

// Port of tests/test_asf.py::TASFTags1
class TASFTags1 extends ASFTagsMixin {
    @Override
    String original() {
        return "silence-1.wma";
    }
}
