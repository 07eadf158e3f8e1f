// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mutagen.File;
import mutagen.FileType;
import mutagen.common.CommonKey;
import mutagen.common.TagMapping;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/KEYS.md} is the mapping tables of the installed formats, rendered: this test renders them and
 * compares. Run it with {@code -Dmutagen.keys.write=true} to rewrite the file after a table changed.
 */
class KeysTableTest {
    /** One file per tag family whose tags give the table (tags added in memory when the file has none). */
    private static final String[] SAMPLES = {
        "no-tags.mp3", "no-tags.flac", "no-tags.m4a", "silence-44-s.wv", "silence-1.wma",
    };

    @Test
    void keysMdIsTheRenderedMappingTables() throws IOException {
        List<TagMapping> tables = new ArrayList<>();
        for (String name : SAMPLES) {
            FileType f = File.open(TestFiles.corpus(name)).orElseThrow();
            if (f.tags() == null) {
                f.addTags();
            }
            tables.add(f.common().mapping().orElseThrow());
        }
        String rendered = render(tables);
        Path doc = Path.of("../docs/KEYS.md");
        if (Boolean.getBoolean("mutagen.keys.write")) {
            Files.writeString(doc, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(rendered, Files.readString(doc, StandardCharsets.UTF_8),
                "docs/KEYS.md differs from the mapping tables: rerun with -Dmutagen.keys.write=true");
    }

    static String render(List<TagMapping> tables) {
        StringBuilder out = new StringBuilder();
        out.append("# Standard keys of the cross-format view\n\n")
                .append("`FileType.common()` maps each `mutagen.common.CommonKey` to these native keys, as MusicBrainz")
                .append(" Picard\nwrites them. Generated from the mapping tables by `compat-tests` `KeysTableTest`")
                .append(" (rerun it with\n`-Dmutagen.keys.write=true` after changing a table); do not edit by hand.\n\n")
                .append("A cell lists the keys written, then `(read: ...)` the variants only read. `#` is the number")
                .append(" and\n`/#` the total of a `number/total` value.\n\n| key | Picard |");
        for (TagMapping t : tables) {
            out.append(' ').append(t.format()).append(" |");
        }
        out.append("\n|---|---|");
        out.append("---|".repeat(tables.size())).append('\n');
        for (CommonKey k : CommonKey.values()) {
            out.append("| ").append(k.name()).append(" | ").append(k.picardName()).append(" |");
            for (TagMapping t : tables) {
                out.append(' ').append(cell(t.rows(k))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(List<TagMapping.Row> rows) {
        List<String> written = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (TagMapping.Row r : rows) {
            String name = "`" + r.nativeKey().replace("|", "\\|") + "`"
                    + (r.slot() == TagMapping.Slot.NUMBER ? " #" : r.slot() == TagMapping.Slot.TOTAL ? " /#" : "");
            (r.write() ? written : read).add(name);
        }
        String s = String.join(", ", written);
        if (!read.isEmpty()) {
            s += (s.isEmpty() ? "" : " ") + "(read: " + String.join(", ", read) + ")";
        }
        return s.isEmpty() ? "-" : s;
    }
}
