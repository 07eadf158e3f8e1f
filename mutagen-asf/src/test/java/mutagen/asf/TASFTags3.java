// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

// Port of tests/test_asf.py::TASFTags3
class TASFTags3 extends ASFTagsMixin {
    @Override
    String original() {
        return "silence-3.wma";
    }
}
