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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mutagen.FileType;
import mutagen.SaveOptions;
import mutagen.mp4.MP4Cover;
import mutagen.mp4.MP4FreeForm;
import mutagen.mp4.MP4Pair;
import mutagen.testkit.TestFiles;

/**
 * MP4 in the differentials: the tag normaliser (covers, freeforms and pairs in oracle.py's forms), the
 * {@link Editor} ({@code save(padding)} and the cover/freeform value forms), and the write matrix: moov before and
 * after mdat, 32- and 64-bit chunk offsets ({@code co64+}: an ffmpeg fixture whose stco is rewritten as co64 by
 * {@link Mp4Sources}), fragmented files, with and without a free atom, covers of 1 KB to 5 MB, multi-value freeform,
 * every integer atom, delete; every file we save is decoded by ffmpeg ({@link #check}).
 */
final class Mp4Compat {
    private Mp4Compat() {
    }

    /** Covers, freeforms and pairs as oracle.py's {@code norm()} gives them. */
    static final TagNormaliser TAGS = (key, value, all) -> norm(value);

    static Object norm(Object v) {
        if (v instanceof MP4Cover) {
            MP4Cover c = (MP4Cover) v;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("imageformat", (long) c.imageformat());
            m.putAll(Normalisers.bytes(c.data()));
            return Map.of("cover", m);
        }
        if (v instanceof MP4FreeForm) {
            MP4FreeForm f = (MP4FreeForm) v;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dataformat", (long) f.dataformat());
            m.put("version", (long) f.version());
            m.putAll(Normalisers.bytes(f.data()));
            return Map.of("freeform", m);
        }
        if (v instanceof MP4Pair) {
            return List.of(((MP4Pair) v).number(), ((MP4Pair) v).total());
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) v) {
                out.add(norm(o));
            }
            return out;
        }
        return Normalisers.generic(v);
    }

    /** A value of an edit script: the cover and freeform forms, or the generic ones. */
    static Object value(Object json) {
        if (json instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) json) {
                out.add(value(o));
            }
            return out;
        }
        if (json instanceof Map && ((Map<?, ?>) json).containsKey("cover")) {
            Map<?, ?> c = (Map<?, ?>) ((Map<?, ?>) json).get("cover");
            return new MP4Cover(HexFormat.of().parseHex((String) c.get("hex")),
                    ((Number) c.get("imageformat")).intValue());
        }
        if (json instanceof Map && ((Map<?, ?>) json).containsKey("freeform")) {
            Map<?, ?> c = (Map<?, ?>) ((Map<?, ?>) json).get("freeform");
            Object format = c.get("dataformat");
            Object version = c.get("version");
            return new MP4FreeForm(HexFormat.of().parseHex((String) c.get("hex")),
                    format == null ? 1 : ((Number) format).intValue(),
                    version == null ? 0 : ((Number) version).intValue());
        }
        return Editors.plainValue(json);
    }

    /** The editor: {@code set} with the MP4 value forms, {@code save} with a padding option. */
    static final Editor EDITOR = (FileType file, EditOp op) -> {
        if (op.name().equals("set")) {
            file.put(op.key(), value(op.value()));
            return;
        }
        if (!op.name().equals("save") || op.options().isEmpty()) {
            Editors.GENERIC.apply(file, op);
            return;
        }
        SaveOptions options = SaveOptions.defaults();
        for (Map.Entry<String, Object> o : op.options().entrySet()) {
            if (!o.getKey().equals("padding")) {
                throw new UnsupportedOperationException("MP4 save has no option " + o.getKey());
            }
            long n = ((Number) o.getValue()).longValue();
            options = options.withPadding(info -> n);
        }
        file.save(options);
    };

    /** The sources of the matrix: corpus names, {@code mp4/NAME} fixtures and {@code co64+mp4/NAME}. */
    static final List<String> SOURCES = List.of("has-tags.m4a", "no-tags.m4a", "alac.m4a", "covr-with-name.m4a",
            "nero-chapters.m4b", "ep7.m4b", "truncated-64bit.mp4", "no-tags.3g2",
            "mp4/aac-faststart.m4a", "mp4/aac-moov-last.m4a", "mp4/alac-faststart.m4a", "mp4/ac3.mp4",
            "mp4/aac-fragmented.m4a", "co64+mp4/aac-faststart.m4a", "co64+mp4/alac-faststart.m4a");

    /** Every integer and boolean atom mutagen writes, with values that need each width. */
    static List<Map<String, Object>> integers() {
        List<Map<String, Object>> ops = new ArrayList<>();
        Object[][] ints = {{"plID", 1L << 40}, {"cnID", 70000L}, {"geID", 5L}, {"atID", -1L}, {"sfID", 143441L},
            {"cmID", 0L}, {"akID", 1L}, {"tvsn", 2L}, {"tves", 300L}, {"tmpo", 120L}, {"\u00a9mvi", 3L},
            {"\u00a9mvc", 9L}, {"shwm", 1L}, {"stik", 10L}, {"hdvd", 2L}, {"rtng", 4L}};
        for (Object[] i : ints) {
            ops.add(set((String) i[0], List.of(i[1])));
        }
        ops.add(set("tmpo", List.of(-32769L, Long.MAX_VALUE, Long.MIN_VALUE, 128L)));
        ops.add(set("cpil", true));
        ops.add(set("pgap", false));
        ops.add(set("pcst", true));
        ops.add(set("trkn", List.of(List.of(3L, 12L), List.of(65535L, 0L))));
        ops.add(set("disk", List.of(List.of(1L, 2L))));
        return ops;
    }

    /** Adds the MP4 matrix to {@code all}. */
    static void matrix(List<EditScripts.Script> all) {
        String png = "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de";
        Map<String, List<Map<String, Object>>> edits = new LinkedHashMap<>();
        edits.put("title", List.of(set("\u00a9nam", List.of("New title"))));
        edits.put("text", List.of(set("\u00a9ART", List.of(WriteMatrix.text(1), "b")),
                set("aART", List.of("caf\u00e9")), set("\u00a9day", List.of("2004")), set("soal", List.of("x")),
                set("\u00a9lyr", List.of("la ".repeat(3000))), set("desc", List.of("d")),
                set("xxxx", List.of("unknown atom"))));
        edits.put("cover-1k", List.of(set("covr", List.of(
                Map.of("cover", Map.of("hex", png + "00".repeat(1024 - 33), "imageformat", 14L)),
                Seeded.of(1, 1024)))));
        edits.put("freeform-multi", List.of(set("----:com.apple.iTunes:X", List.of(
                Map.of("freeform", Map.of("hex", "61", "dataformat", 1L)),
                Map.of("freeform", Map.of("hex", "0102ff", "dataformat", 0L)),
                Map.of("hex", "c3bc"))), set("----:org.example:Y", List.of(Map.of("hex", "7a")))));
        edits.put("integers", integers());
        for (String source : SOURCES) {
            for (Map.Entry<String, List<Map<String, Object>>> e : edits.entrySet()) {
                for (Long padding : e.getKey().equals("title") ? WriteMatrix.PADDINGS : java.util.Collections.<Long>singletonList(null)) {
                    List<Map<String, Object>> ops = new ArrayList<>(e.getValue());
                    ops.add(padding == null ? save() : save("padding", padding));
                    all.add(new EditScripts.Script("MP4", e.getKey() + "-" + source + "-pad"
                            + (padding == null ? "default" : padding), source, List.copyOf(ops)));
                }
            }
            all.add(new EditScripts.Script("MP4", "delete-" + source, source, List.of(op("delete_tags"))));
            all.add(new EditScripts.Script("MP4", "save-unchanged-" + source, source, List.of(save())));
        }
        for (String source : List.of("has-tags.m4a", "mp4/aac-faststart.m4a", "mp4/aac-moov-last.m4a",
                "co64+mp4/aac-faststart.m4a", "truncated-64bit.mp4")) {
            all.add(new EditScripts.Script("MP4", "cover-5mb-" + source, source,
                    List.of(set("covr", List.of(Seeded.of(5, 5 * 1024 * 1024))), save())));
            all.add(new EditScripts.Script("MP4", "cover-100k-png-" + source, source, List.of(set("covr",
                    List.of(Map.of("cover", Map.of("hex", png + "ab".repeat(100 * 1024), "imageformat", 14L)))),
                    save())));
        }
        all.add(new EditScripts.Script("MP4", "delete-key-has-tags.m4a", "has-tags.m4a",
                List.of(delete("\u00a9nam"), delete("covr"), save("padding", 0L))));
        all.add(new EditScripts.Script("MP4", "clear-then-save-has-tags.m4a", "has-tags.m4a",
                List.of(delete("\u00a9ART"), delete("\u00a9alb"), set("\u00a9nam", List.of()), save())));
    }

    /** The file a matrix script starts from, or null when the name is not one of ours. */
    static Path source(String name, Path dir) {
        if (name.startsWith("mp4/")) {
            return TestFiles.fixture(name);
        }
        if (name.startsWith("co64+")) {
            Path p = dir.resolve("sources").resolve(name.replace('/', '_'));
            try {
                if (!Files.exists(p)) {
                    Files.createDirectories(p.getParent());
                    Files.write(p, Mp4Sources.withCo64(Files.readAllBytes(TestFiles.fixture(name.substring(5)))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
        return null;
    }

    private static final Map<String, String> DECODED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Empty when ffmpeg decodes our saved file without an error to the same PCM as the source (checked only when
     * the source itself decodes cleanly); else what failed. ffmpeg missing is a failure naming the package.
     */
    static Optional<String> check(Path ours, Path source) {
        if (!Files.isExecutable(Path.of("/usr/bin/ffmpeg"))) {
            return Optional.of("ffmpeg is not installed: apt-get install ffmpeg (as .ci/run does)");
        }
        String before = DECODED.computeIfAbsent(source.toString(), k -> decode(source));
        if (!before.startsWith("OK ")) {
            return Optional.empty();
        }
        String after = decode(ours);
        return after.equals(before) ? Optional.empty()
                : Optional.of("ffmpeg decodes the source as " + before + " but our file as " + after);
    }

    /**
     * ffmpeg's messages about a cover: the matrix's cover data is seeded filler, not a decodable image, and ffmpeg
     * probes the attached picture stream even with {@code -map 0:a}; they say nothing about the audio.
     */
    private static final java.util.regex.Pattern IMAGE_DECODER = java.util.regex.Pattern.compile(
            "\\[(png|mjpeg|image2|png_pipe|jpeg_pipe) @ 0x[0-9a-f]+\\] ");

    /** "OK md5" when ffmpeg decodes the audio with no message (but about the cover image), else its messages. */
    static String decode(Path f) {
        try {
            Process p = new ProcessBuilder("/usr/bin/ffmpeg", "-hide_banner", "-nostdin", "-v", "error", "-i",
                    f.toString(), "-map", "0:a", "-f", "md5", "-").start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            String audioErrors = err.lines().filter(l -> !IMAGE_DECODER.matcher(l).lookingAt())
                    .collect(java.util.stream.Collectors.joining("\n"));
            return audioErrors.isBlank() && p.exitValue() == 0 ? "OK " + out.trim()
                    : "exit " + p.exitValue() + ": " + audioErrors.replace(f.toString(), "FILE").trim();
        } catch (IOException e) {
            return "cannot run ffmpeg: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
