// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static mutagen.compat.EditOp.op;
import static mutagen.compat.EditOp.save;
import static mutagen.compat.EditOp.set;

import java.util.List;
import java.util.Map;

/**
 * AAC, AC-3 and SMF in the write differential. mutagen holds no tags for them: saving and deleting change nothing,
 * adding tags (also through setting a key) fails with "doesn't support tags". mutagen's documented way to tag an AAC
 * or AC-3 stream is the standalone ID3 class ({@code ID3().save(path)}), which the last scripts do.
 */
final class StreamCompat {
    private StreamCompat() {
    }

    /** The kinds and their corpus files. */
    static final Map<String, List<String>> SOURCES = Map.of(
            "AAC", List.of("empty.aac", "adif.aac"),
            "AC3", List.of("silence-44-s.ac3", "silence-44-s.eac3"),
            "SMF", List.of("sample.mid"));

    /** One basic script per kind (for EditScripts): adding tags is refused. */
    static void matrix(List<EditScripts.Script> all) {
        for (Map.Entry<String, List<String>> e : SOURCES.entrySet()) {
            for (String source : e.getValue()) {
                String kind = e.getKey();
                all.add(new EditScripts.Script(kind, "save-unchanged-" + source, source, List.of(save())));
                all.add(new EditScripts.Script(kind, "delete-tags-" + source, source, List.of(op("delete_tags"))));
                all.add(new EditScripts.Script(kind, "add-tags-refused-" + source, source,
                        List.of(op("add_tags"), save())));
                all.add(new EditScripts.Script(kind, "set-refused-" + source, source,
                        List.of(set("title", List.of("x")), save())));
            }
        }
        for (String source : List.of("empty.aac", "adif.aac", "silence-44-s.ac3", "silence-44-s.eac3")) {
            all.add(new EditScripts.Script(WriteMatrix.STANDALONE_ID3, "new-on-" + source, source, List.of(
                    op("open_id3", "load", false),
                    op("add_frame", "value", WriteMatrix.textFrame("TIT2", 3, WriteMatrix.text(3))), save())));
        }
    }
}
