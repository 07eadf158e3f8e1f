// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TVCFLACDict
package mutagen.flac;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mutagen.Tags;
import mutagen.testkit.VCommentDictContract;
import mutagen.vorbis.VComment;
import mutagen.vorbis.VCommentDict;

class VCFLACDictTest extends VCommentDictContract<VCFLACDict> {

    @Override
    protected VCFLACDict create() {
        return new VCFLACDict();
    }

    @Override
    protected Tags createPlainDict() {
        return new VCommentDict();
    }

    @Override
    protected VCFLACDict parse(byte[] data) throws IOException {
        return new VCFLACDict(data);
    }

    @Override
    protected byte[] write(VCFLACDict dict) {
        return dict.write();
    }

    @Override
    protected List<Map.Entry<String, String>> readAsPlainVComment(byte[] written) throws IOException {
        // FLAC comments have no framing bit; a plain VComment wants one.
        byte[] framed = Arrays.copyOf(written, written.length + 1);
        framed[written.length] = 1;
        return new VComment(framed).entries();
    }

    @Override
    protected void append(VCFLACDict dict, String key, String value) {
        dict.append(key, value);
    }

    @Override
    protected List<Map.Entry<String, String>> entries(VCFLACDict dict) {
        return dict.entries();
    }

    @Override
    protected Map<String, List<String>> asDict(VCFLACDict dict) {
        return dict.asDict();
    }

    @Override
    protected List<List<String>> values(VCFLACDict dict) {
        return dict.values();
    }

    @Override
    protected List<Map.Entry<String, List<String>>> items(VCFLACDict dict) {
        return dict.items();
    }
}
