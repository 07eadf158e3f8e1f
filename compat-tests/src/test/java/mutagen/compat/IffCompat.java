// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static mutagen.compat.EditOp.delete;
import static mutagen.compat.EditOp.op;
import static mutagen.compat.EditOp.save;
import static mutagen.compat.EditOp.set;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mutagen.FileType;
import mutagen.dsf.DSF;
import mutagen.id3.ID3;
import mutagen.id3.ID3SaveOptions;
import mutagen.iff.IffFileType;
import mutagen.testkit.TestFiles;

/**
 * WAVE, AIFF, DSF and DSDIFF in the write differential: the editor (ID3 frames, save options) and the scripts (add,
 * grow, shrink and delete the ID3 chunk or tag; a chunk after the ID3 chunk; odd-sized chunks with and without their
 * padding byte; a 5 MB picture), over every corpus file of these formats and sources built from them
 * ({@code iffodd+NAME}: an odd-sized chunk appended with its padding byte, {@code iffnopad+NAME}: without it), and
 * over the fixtures of {@code test-files/iff} ({@link #FIXTURES}).
 */
final class IffCompat {
    private IffCompat() {
    }

    /** The kinds and their corpus files. */
    static final Map<String, List<String>> SOURCES = Map.of(
            "WAVE", List.of("silence-2s-PCM-16000-08-ID3v23.wav", "silence-2s-PCM-16000-08-notags.wav",
                    "silence-2s-PCM-44100-16-ID3v23.wav"),
            "AIFF", List.of("with-id3.aif", "11k-1ch-2s-silence.aif", "48k-2ch-s16-silence.aif",
                    "8k-4ch-1s-silence.aif"),
            "DSF", List.of("with-id3.dsf", "without-id3.dsf", "5644800-2ch-s01-silence.dsf"),
            "DSDIFF", List.of("2822400-1ch-0s-silence.dff", "5644800-2ch-s01-silence.dff",
                    "5644800-2ch-s01-silence-dst.dff"));

    /** The sox/ffmpeg/own-writer fixtures of each kind in {@code test-files/iff} (made by its make_fixtures.sh). */
    static final Map<String, List<String>> FIXTURES = Map.of(
            "WAVE", List.of("pcm-u8-1ch.wav", "pcm-s16-2ch.wav", "pcm-s24-6ch-extensible.wav",
                    "pcm-s32-2ch-extensible.wav", "float32-1ch.wav", "pcm-u8-odd-data.wav",
                    "ffmpeg-list-info-before-data.wav", "ffmpeg-s24-3ch-extensible.wav", "list-info-after-data.wav",
                    "id3-then-list.wav", "id3-upper-then-odd.wav"),
            "AIFF", List.of("pcm-s8-1ch.aiff", "pcm-s16-2ch.aiff", "pcm-s24-4ch.aif", "pcm-s8-odd-data.aif",
                    "aifc-none-s16-2ch.aifc", "ffmpeg-aifc-sowt.aifc", "ffmpeg-aifc-fl32.aifc", "ffmpeg-id3.aiff",
                    "id3-then-anno.aiff"),
            "DSF", List.of("dsd64-2ch.dsf", "dsd64-1ch-id3.dsf"),
            "DSDIFF", List.of("dsd64-2ch.dff", "dsd128-1ch-id3.dff"));

    /** The editor of the four kinds: ID3 frames as ID3Compat builds them, save options as mutagen's keywords. */
    static final Editor EDITOR = (FileType file, EditOp o) -> {
        switch (o.name()) {
            case "set":
                if (o.value() instanceof Map && ((Map<?, ?>) o.value()).containsKey("frame")) {
                    file.put(o.key(), ID3Compat.makeFrame((Map<?, ?>) o.value()));
                } else {
                    Editors.GENERIC.apply(file, o);
                }
                break;
            case "add_frame":
                ((ID3) file.tags()).add(ID3Compat.makeFrame((Map<?, ?>) o.value()));
                break;
            case "save":
                ID3SaveOptions options = ID3Compat.saveOptions(o.options());
                if (file instanceof DSF) {
                    ((DSF) file).save(options);
                } else {
                    ((IffFileType) file).save(options);
                }
                break;
            default:
                Editors.GENERIC.apply(file, o);
        }
    };

    private static Map<String, Object> title(String text) {
        return set("TIT2", EditScripts.frame("TIT2", 3, text));
    }

    /** One basic script per kind, from a corpus file (for EditScripts). */
    static List<EditScripts.Script> basicScripts() {
        List<EditScripts.Script> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : SOURCES.entrySet()) {
            out.add(new EditScripts.Script(e.getKey(), "set-title", e.getValue().get(0),
                    List.of(title("New title"), save())));
        }
        return out;
    }

    /** The matrix scripts. */
    static List<EditScripts.Script> matrix() {
        List<EditScripts.Script> out = new ArrayList<>();
        for (String kind : List.of("AIFF", "DSDIFF", "DSF", "WAVE")) {
            List<String> sources = new ArrayList<>(SOURCES.get(kind));
            if (!kind.equals("DSF")) {
                for (String s : SOURCES.get(kind)) {
                    sources.add("iffodd+" + s);
                    sources.add("iffnopad+" + s);
                }
            }
            for (String source : sources) {
                String base = source.replaceAll("\\.(wav|aif|dsf|dff)$", "");
                add(out, kind, "add-" + base, source, title("added"), save());
                add(out, kind, "grow-v23-" + base, source, title("x".repeat(3000)),
                        set("TPE1", EditScripts.frame("TPE1", 1, "one", "two")), save("v2_version", 3L,
                                "v23_sep", "; "));
                add(out, kind, "shrink-pad0-" + base, source, title("s"), save("padding", 0L));
                add(out, kind, "odd-pad1-" + base, source, title("odd"), save("padding", 1L));
                add(out, kind, "grow-pad5000-" + base, source, title("p"), save("padding", 5000L));
                add(out, kind, "delete-" + base, source, op("delete_tags"));
                add(out, kind, "delete-frame-" + base, source, title("t"), save(), delete("TIT2"), save());
            }
            for (String fixture : FIXTURES.get(kind)) {
                String source = "test-files/iff/" + fixture;
                add(out, kind, "fixture-add-" + fixture, source, title("added"), save());
                add(out, kind, "fixture-grow-v23-" + fixture, source, title("x".repeat(3000)),
                        save("v2_version", 3L));
                add(out, kind, "fixture-shrink-pad0-" + fixture, source, title("s"), save("padding", 0L));
                add(out, kind, "fixture-odd-pad1-" + fixture, source, title("odd"), save("padding", 1L));
                add(out, kind, "fixture-delete-" + fixture, source, op("delete_tags"));
            }
            String first = SOURCES.get(kind).get(0);
            // the first DSDIFF file has no tag: add one first
            Map<String, Object> start = kind.equals("DSDIFF") ? op("add_tags") : title("with picture");
            add(out, kind, "apic-5m-" + first, first, start, op("add_frame", "value", Map.of("frame", "APIC",
                    "fields", Map.of("encoding", 3L, "mime", "image/png", "type", 3L, "desc", "big",
                            "data", WriteMatrix.PICTURE_5M))), save());
        }
        return out;
    }

    @SafeVarargs
    private static void add(List<EditScripts.Script> out, String kind, String name, String source,
            Map<String, Object>... ops) {
        out.add(new EditScripts.Script(kind, name, source, List.of(ops)));
    }

    /**
     * The file of a source name of this class ({@code iffodd+NAME}, {@code iffnopad+NAME}) written once into
     * {@code dir}, or null for other names.
     */
    static Path source(String name, Path dir) {
        if (name.startsWith("test-files/iff/")) {
            return TestFiles.fixture(name.substring("test-files/".length()));
        }
        boolean odd = name.startsWith("iffodd+");
        if (!odd && !name.startsWith("iffnopad+")) {
            return null;
        }
        Path p = dir.resolve("sources").resolve(name);
        if (Files.exists(p)) {
            return p;
        }
        try {
            Files.createDirectories(p.getParent());
            byte[] inner = TestFiles.bytes(TestFiles.corpus(name.substring(name.indexOf('+') + 1)));
            Files.write(p, appendChunk(inner, "odd ", new byte[] {1, 2, 3}, odd));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file with a chunk appended at its end (padding byte as asked) and the root's size field grown. */
    static byte[] appendChunk(byte[] file, String id, byte[] data, boolean pad) {
        boolean riff = file[0] == 'R';
        boolean dsdiff = file[0] == 'F' && file[1] == 'R';
        int header = dsdiff ? 12 : 8;
        int add = header + data.length + (pad ? data.length & 1 : 0);
        byte[] out = Arrays.copyOf(file, file.length + add);
        byte[] h = new byte[header];
        System.arraycopy(id.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, h, 0, 4);
        putSize(h, 4, data.length, riff, dsdiff);
        System.arraycopy(h, 0, out, file.length, header);
        System.arraycopy(data, 0, out, file.length + header, data.length);
        long rootSize = readSize(file, riff, dsdiff);
        putSize(out, 4, rootSize + add, riff, dsdiff);
        return out;
    }

    private static long readSize(byte[] b, boolean riff, boolean dsdiff) {
        long v = 0;
        int n = dsdiff ? 8 : 4;
        for (int i = 0; i < n; i++) {
            int k = riff ? 4 + n - 1 - i : 4 + i;
            v = (v << 8) | (b[k] & 0xFF);
        }
        return v;
    }

    private static void putSize(byte[] b, int at, long v, boolean riff, boolean dsdiff) {
        int n = dsdiff ? 8 : 4;
        for (int i = 0; i < n; i++) {
            int shift = 8 * (riff ? i : n - 1 - i);
            b[at + i] = (byte) (v >>> shift);
        }
    }
}
