// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static mutagen.compat.EditOp.delete;
import static mutagen.compat.EditOp.op;
import static mutagen.compat.EditOp.save;
import static mutagen.compat.EditOp.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scripted edits of the write differential, per kind: each applied by mutagen and by us to copies of the same
 * corpus file. Scripts of kinds not in {@link SupportedKinds} still run on the Python side in
 * {@code WriteHarnessTest}, which checks that they are valid, deterministic mutagen edits.
 */
final class EditScripts {
    /** One script. */
    record Script(String kind, String name, String source, List<Map<String, Object>> ops) {
        /** The case id used in reports and known-differences.txt. */
        String id() {
            return kind + "/" + name;
        }
    }

    /** A 1x1 PNG's first bytes and some filler: picture data only has to be bytes. */
    static final String PICTURE_HEX = "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de";

    static final List<Script> ALL = new ArrayList<>();

    static {
        // FLAC: Vorbis comments, pictures, padding
        add("FLAC", "set-title", "silence-44-s.flac", set("title", List.of("New title")), save());
        add("FLAC", "multi-value-delete-padding0", "silence-44-s.flac",
                set("artist", List.of("a", "b", "\u00fc\u6f22")), delete("genre"), save("padding", 0));
        add("FLAC", "big-padding", "no-tags.flac", set("album", List.of("x")), save("padding", 70000));
        add("FLAC", "add-picture", "silence-44-s.flac", op("add_picture", "type", 3, "mime", "image/png",
                "desc", "front", "width", 1, "height", 1, "depth", 24, "colors", 0, "hex", PICTURE_HEX), save());
        add("FLAC", "clear-pictures", "silence-44-s.flac", op("clear_pictures"), save());
        add("FLAC", "delete-tags", "silence-44-s.flac", op("delete_tags"));
        add("FLAC", "variable-block-grow", "variable-block.flac", set("comment", List.of("y".repeat(9000))),
                save());
        // MP3 / ID3: frames, versions, ID3v1
        add("MP3", "set-title-v24", "silence-44-s.mp3",
                set("TIT2", frame("TIT2", 3, "New title")), save());
        add("MP3", "set-title-v23-v1", "silence-44-s.mp3",
                set("TIT2", frame("TIT2", 1, "New title")), save("v2_version", 3, "v1", 2));
        add("MP3", "delete-frame-padding0", "silence-44-s.mp3", delete("TPE1"), save("padding", 0));
        add("MP3", "tags-on-untagged", "no-tags.mp3", op("add_tags"), set("TALB", frame("TALB", 3, "x")),
                save());
        add("MP3", "delete-tags", "silence-44-s.mp3", op("delete_tags"));
        add("MP3", "apic-txxx-comm", "silence-44-s.mp3",
                set("APIC:front", Map.of("frame", "APIC", "fields", Map.of("encoding", 3, "mime", "image/png",
                        "type", 3, "desc", "front", "data", Map.of("hex", PICTURE_HEX)))),
                set("TXXX:mood", Map.of("frame", "TXXX", "fields", Map.of("encoding", 1, "desc", "mood",
                        "text", List.of("calm", "\u00fcber")))),
                set("COMM:c:deu", Map.of("frame", "COMM", "fields", Map.of("encoding", 3, "lang", "deu",
                        "desc", "c", "text", List.of("ein Kommentar")))),
                save());
        add("MP3", "multi-value-v23-sep", "silence-44-s.mp3",
                set("TPE1", frame("TPE1", 3, "one", "two", "three")), save("v2_version", 3, "v23_sep", "; "));
        add("MP3", "no-v1-big-padding", "id3v1v2-combined.mp3", set("TIT2", frame("TIT2", 0, "x")),
                save("v1", 0, "padding", 5000));
        add("MP3", "v22-source-to-v24", "id3v22-test.mp3", set("TCON", frame("TCON", 3, "Rock")), save());
        // Ogg Vorbis
        add("OggVorbis", "set-title", "empty.ogg", set("title", List.of("New title")), save());
        // APEv2 (the write matrix has more: ApeCompat)
        add("APEv2File", "set-title", "oldtag.apev2", set("Title", "New title"), save());
        add("WavPack", "set-title", "silence-44-s.wv", set("Title", "New title"), save());
        add("Musepack", "tags-on-untagged", "click.mpc", op("add_tags"), set("Title", "New title"), save());
        add("MonkeysAudio", "tags-on-untagged", "mac-399.ape", op("add_tags"), set("Title", "New title"), save());
        add("OptimFROG", "tags-on-untagged", "empty.ofr", op("add_tags"), set("Title", "New title"), save());
        add("TAK", "set-title", "has-tags.tak", set("Title", "New title"), save());
        add("TrueAudio", "tags-on-untagged", "empty.tta", op("add_tags"),
                set("TIT2", frame("TIT2", 3, "New title")), save());
        add("OggVorbis", "grow-comment", "multipagecomment.ogg", set("big", List.of("x".repeat(70000))), save());
        add("OggOpus", "set-title", "example.opus", set("title", List.of("New title")), save());
        add("OggSpeex", "set-title-multiplexed", "multiplexed.spx", set("title", List.of("New title")), save());
        add("OggTheora", "set-title", "sample.oggtheora", set("title", List.of("New title")), save());
        add("OggFLAC", "set-title", "empty.oggflac", set("title", List.of("New title")), save());
        // MP4
        add("MP4", "set-title", "has-tags.m4a", set("\u00a9nam", List.of("New title")), save());
        add("MP4", "tags-on-untagged", "no-tags.m4a", op("add_tags"),
                set("\u00a9ART", List.of("artist")), save());
        // WAVE, AIFF, DSF, DSDIFF
        ALL.addAll(IffCompat.basicScripts());
        // ASF (the write matrix has more: AsfCompat)
        add("ASF", "set-title", "silence-1.wma", set("Title", "New title"), save());
        add("ASF", "second-author-to-library", "silence-2.wma", set("Author", List.of("a", "b")), save());
    }

    private EditScripts() {
    }

    @SafeVarargs
    private static void add(String kind, String name, String source, Map<String, Object>... ops) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map<String, Object> op : ops) {
            list.add(op);
        }
        ALL.add(new Script(kind, name, source, List.copyOf(list)));
    }

    /** An ID3 text frame in the edit form. */
    static Map<String, Object> frame(String id, int encoding, String... text) {
        return Map.of("frame", id, "fields", Map.of("encoding", encoding, "text", List.of(text)));
    }

    /** The scripts of a kind. */
    static List<Script> of(String kind) {
        return ALL.stream().filter(s -> s.kind().equals(kind)).toList();
    }
}
