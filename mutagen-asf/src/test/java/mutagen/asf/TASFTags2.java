// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

// Port of tests/test_asf.py::TASFTags2
class TASFTags2 extends ASFTagsMixin {
    @Override
    String original() {
        return "silence-2.wma";
    }
}
