// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static mutagen.compat.EditOp.op;
import static mutagen.compat.EditOp.save;
import static mutagen.compat.EditOp.set;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mutagen.FileType;
import mutagen.PaddingFunction;
import mutagen.ogg.OggFileType;

/**
 * Ogg in the write differential: the {@link Editor} ({@code save(padding)}), the round-trip matrix (comments small,
 * unicode, medium, spanning many pages, a 5 MB METADATA_BLOCK_PICTURE value; delete; each with padding default, 0,
 * 100 and 100000; every Ogg corpus file of the supported codecs, chained and multiplexed ones included) and the
 * reference tools run on every file we save: {@code oggz-validate} (Debian oggz-tools), {@code ogginfo}
 * (vorbis-tools) for Vorbis, {@code opusinfo} (opus-tools) for Opus, {@code flac --ogg --test} (flac) for Ogg
 * FLAC. A saved file must pass each tool that its source passes.
 */
final class OggCompat {
    private OggCompat() {
    }

    /** The editor: {@code save} with a padding option here, the rest generic. */
    static final Editor EDITOR = (FileType file, EditOp op) -> {
        if (!op.name().equals("save") || op.options().isEmpty()) {
            Editors.GENERIC.apply(file, op);
            return;
        }
        PaddingFunction padding = null;
        for (Map.Entry<String, Object> o : op.options().entrySet()) {
            if (!o.getKey().equals("padding")) {
                throw new UnsupportedOperationException("Ogg save has no option " + o.getKey());
            }
            long n = ((Number) o.getValue()).longValue();
            padding = info -> n;
        }
        ((OggFileType<?, ?>) file).save(padding);
    };

    /** The Ogg FLAC fixtures of the matrix (test-files/oggflac, made with Debian's flac --ogg). */
    private static final List<String> OGGFLAC_FIXTURES = List.of("tags.oggflac", "notags-mono.oggflac",
            "multipage.oggflac", "piped.oggflac", "chained.oggflac");

    /** The Ogg sources of the matrix and their kinds. */
    static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("empty.ogg", "OggVorbis");
        SOURCES.put("multipagecomment.ogg", "OggVorbis");
        SOURCES.put("multipage-setup.ogg", "OggVorbis");
        SOURCES.put("example.opus", "OggOpus");
        SOURCES.put("empty.spx", "OggSpeex");
        SOURCES.put("multiplexed.spx", "OggSpeex");
        SOURCES.put("sample.oggtheora", "OggTheora");
        SOURCES.put("sample_length.oggtheora", "OggTheora");
        SOURCES.put("empty.oggflac", "OggFLAC");
        for (String fixture : OGGFLAC_FIXTURES) {
            SOURCES.put(fixture, "OggFLAC");
        }
    }

    /** The path of a matrix source that is an Ogg fixture, or null for a corpus file. */
    static Path source(String name) {
        return OGGFLAC_FIXTURES.contains(name) ? mutagen.testkit.TestFiles.fixture("oggflac/" + name) : null;
    }

    /** Adds the Ogg matrix to {@code all}. */
    static void matrix(List<EditScripts.Script> all) {
        Map<String, List<Map<String, Object>>> edits = new LinkedHashMap<>();
        edits.put("small", List.of(set("title", List.of("New title"))));
        edits.put("unicode", List.of(set("title", List.of(WriteMatrix.text(1))),
                set("artist", List.of("caf\u00e9", "b", "c"))));
        edits.put("medium", List.of(set("foobar", List.of("foobar".repeat(1000)))));
        edits.put("multipage", List.of(set("foo", List.of("foo".repeat(65536))), set("bar", List.of(
                "bar".repeat(65536))), set("baz", List.of("quux".repeat(65536)))));
        edits.put("shrink", List.of(EditOp.delete("big"), EditOp.delete("bigger"),
                set("x", List.of("y"))));
        for (Map.Entry<String, String> source : SOURCES.entrySet()) {
            String base = source.getKey();
            for (Map.Entry<String, List<Map<String, Object>>> e : edits.entrySet()) {
                if (e.getKey().equals("shrink") && !base.equals("multipagecomment.ogg")
                        && !base.equals("multipage.oggflac")) {
                    continue;
                }
                for (Long padding : WriteMatrix.PADDINGS) {
                    List<Map<String, Object>> ops = new ArrayList<>(e.getValue());
                    ops.add(padding == null ? save() : save("padding", padding));
                    all.add(new EditScripts.Script(source.getValue(), e.getKey() + "-" + base + "-pad"
                            + (padding == null ? "default" : padding), base, List.copyOf(ops)));
                }
            }
            all.add(new EditScripts.Script(source.getValue(), "delete-" + base, base, List.of(op("delete_tags"))));
            all.add(new EditScripts.Script(source.getValue(), "save-unchanged-" + base, base, List.of(save())));
        }
        String picture = pictureBlock(5 * 1024 * 1024);
        for (String base : List.of("empty.ogg", "example.opus", "multiplexed.spx", "sample.oggtheora",
                "empty.oggflac")) {
            all.add(new EditScripts.Script(SOURCES.get(base), "picture-5mb-" + base, base,
                    List.of(set("metadata_block_picture", List.of(picture)), save())));
        }
    }

    /**
     * A METADATA_BLOCK_PICTURE value: the base64 of a FLAC PICTURE block (front cover, image/png, 1x1, 24 bits) whose
     * data is {@code size} bytes of the matrix's seeded bytes.
     */
    static String pictureBlock(int size) {
        byte[] mime = "image/png".getBytes(StandardCharsets.US_ASCII);
        byte[] data = Seeded.from(Seeded.of(7, size));
        // A PNG signature and IHDR chunk in front, so that opusinfo/ogginfo see image data of the declared type.
        byte[] png = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108020000"
                + "00907753de");
        System.arraycopy(png, 0, data, 0, png.length);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(32 + mime.length + data.length);
        b.putInt(3).putInt(mime.length).put(mime).putInt(0).putInt(1).putInt(1).putInt(24).putInt(0)
                .putInt(data.length).put(data);
        return java.util.Base64.getEncoder().encodeToString(b.array());
    }

    private static final Map<String, String> SOURCE_REPORTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Empty when the file we saved passes every reference tool its source passes; else what failed. A tool that is
     * not installed is a failure saying how to install it.
     */
    static Optional<String> check(String kind, Path ours, Path source) throws IOException {
        List<List<String>> tools = new ArrayList<>();
        tools.add(List.of("oggz-validate", "oggz-tools"));
        if (kind.equals("OggVorbis")) {
            tools.add(List.of("ogginfo", "vorbis-tools"));
        } else if (kind.equals("OggOpus")) {
            tools.add(List.of("opusinfo", "opus-tools"));
        } else if (kind.equals("OggFLAC")) {
            tools.add(List.of("flac", "flac", "--ogg", "--test", "--silent"));
        }
        for (List<String> tool : tools) {
            Path exe = Path.of("/usr/bin", tool.get(0));
            if (!Files.isExecutable(exe)) {
                return Optional.of(tool.get(0) + " is not installed: apt-get install " + tool.get(1)
                        + " (as .ci/run does)");
            }
            List<String> args = tool.subList(2, tool.size());
            String before = SOURCE_REPORTS.computeIfAbsent(tool + " " + source, k -> run(exe, source, args));
            if (before.equals("OK")) {
                String after = run(exe, ours, args);
                if (!after.equals("OK")) {
                    return Optional.of(tool.get(0) + " passes the source but fails our file: " + after);
                }
            }
        }
        return Optional.empty();
    }

    /** "OK" or the tool's exit code and output. */
    static String run(Path exe, Path file, List<String> args) {
        try {
            List<String> command = new ArrayList<>();
            command.add(exe.toString());
            command.addAll(args);
            command.add(file.toString());
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.redirectErrorStream(true);
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timeout";
            }
            return p.exitValue() == 0 ? "OK" : "exit " + p.exitValue() + ": "
                    + new String(out, StandardCharsets.UTF_8).replace(file.toString(), "FILE").trim();
        } catch (IOException e) {
            return "cannot run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static List<String> kinds() {
        return Arrays.asList("OggVorbis", "OggOpus", "OggSpeex", "OggTheora", "OggFLAC");
    }
}
