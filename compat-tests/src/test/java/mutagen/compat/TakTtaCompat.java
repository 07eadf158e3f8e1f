// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static mutagen.compat.EditOp.op;
import static mutagen.compat.EditOp.save;
import static mutagen.compat.EditOp.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TAK's and True Audio's part of the compatibility tests. TAK's write matrix is APEv2's ({@link ApeCompat#SOURCES});
 * here: damaged copies of TAK's metadata blocks (each block's type and 24-bit size changed, the block cut after its
 * header and inside) and of a True Audio header, and True Audio's write scripts (ID3 tags, saved with the ID3
 * editor, on a file with and without tags and on one with an APEv2 tag at its end).
 */
final class TakTtaCompat {
    static final int MAX_BLOCKS = 12;

    private TakTtaCompat() {
    }

    /** The True Audio files of the write scripts: the corpus file and fixtures made by ffmpeg. */
    static final List<String> TTA_SOURCES = List.of("empty.tta", "test-files/apev2/tta-plain.tta",
            "test-files/apev2/tta-apev2.tta");

    /** Fixtures made by Debian's encoders (test-files/apev2/make_fixtures.sh), by kind, for APEv2 edits. */
    static final Map<String, List<String>> APE_FIXTURES = Map.of(
            "WavPack", List.of("wv-default.wv", "wv-tagged.wv", "wv-hybrid-256k.wv", "wv-float.wv"),
            "Musepack", List.of("mpc-q3.mpc", "mpc-q7-tagged.mpc"));

    /** The APEv2 edits run on the fixtures (of {@link ApeCompat#edits()}). */
    static final List<String> FIXTURE_EDITS = List.of("text", "binary", "unicode", "many", "binary-5mb");

    /** The MP3 fixture with ID3v2, an APEv2 tag and ID3v1 at its end. */
    static final String MP3_APE = "test-files/apev2/mp3-id3v2-apev2-id3v1.mp3";

    /** Damaged copies of TAK metadata blocks or of a True Audio header (nothing for other files). */
    static List<Mutations.Mutation> mutations(byte[] d) {
        List<Mutations.Mutation> out = new ArrayList<>();
        if (startsWith(d, 0, "tBaK")) {
            takBlocks(out, d);
        }
        int tta = ttaHeader(d);
        if (tta >= 0 && tta + 18 <= d.length) {
            out.add(cut("tta-header-17", d, tta + 17));
            out.add(patch("tta-rate-0", d, tta + 10, new byte[4]));
            out.add(patch("tta-rate-max", d, tta + 10, new byte[] {-1, -1, -1, -1}));
            out.add(patch("tta-samples-max", d, tta + 14, new byte[] {-1, -1, -1, -1}));
            out.add(patch("tta-magic", d, tta, new byte[] {'T', 'T', 'B'}));
        }
        return out;
    }

    private static void takBlocks(List<Mutations.Mutation> out, byte[] d) {
        int pos = 4;
        for (int n = 0; n < MAX_BLOCKS && pos + 4 <= d.length; n++) {
            int type = d[pos] & 0x7f;
            int size = (d[pos + 1] & 0xff) | (d[pos + 2] & 0xff) << 8 | (d[pos + 3] & 0xff) << 16;
            String at = "tak-block" + n;
            out.add(cut(at + "-header", d, pos + 4));
            if (size > 1 && pos + 4 + size / 2 < d.length) {
                out.add(cut(at + "-half", d, pos + 4 + size / 2));
            }
            for (int t : new int[] {0, 1, 4, 0x7f}) {
                if (t != type) {
                    out.add(patch(at + "-type" + t, d, pos, new byte[] {(byte) ((d[pos] & 0x80) | t)}));
                }
            }
            for (int s : new int[] {0, size - 1, size + 1, 10, 24, 0xffffff}) {
                if (s >= 0 && s != size) {
                    out.add(patch(at + "-size" + s, d, pos + 1, new byte[] {(byte) s, (byte) (s >> 8), (byte) (s >> 16)}));
                }
            }
            if (type == 0) {
                break;
            }
            pos += 4 + size;
        }
    }

    private static int ttaHeader(byte[] d) {
        int at = 0;
        if (startsWith(d, 0, "ID3") && d.length >= 10) {
            at = 10 + ((d[6] & 0x7f) << 21 | (d[7] & 0x7f) << 14 | (d[8] & 0x7f) << 7 | (d[9] & 0x7f));
            if ((d[5] & 0x10) != 0) {
                at += 10;
            }
        }
        return startsWith(d, at, "TTA") ? at : -1;
    }

    /** True Audio's write scripts: ID3 frames added and saved with each v1 choice, v2.3, and deleted. */
    static void scripts(List<EditScripts.Script> all) {
        for (String source : TTA_SOURCES) {
            String base = base(source);
            boolean tagged = false;
            for (long v : new long[] {3, 4}) {
                for (long v1 = 0; v1 <= 2; v1++) {
                    List<Map<String, Object>> ops = new ArrayList<>();
                    if (!tagged) {
                        ops.add(op("add_tags"));
                    }
                    ops.add(set("TIT2", WriteMatrix.textFrame("TIT2", 3, "T\u00eftle")));
                    ops.add(set("TPE1", WriteMatrix.textFrame("TPE1", 1, "a", "b")));
                    ops.add(save("v2_version", v, "v1", v1));
                    all.add(new EditScripts.Script("TrueAudio", "save-" + base + "-v2" + v + "-v1" + v1, source,
                            List.copyOf(ops)));
                }
            }
            all.add(new EditScripts.Script("TrueAudio", "delete-" + base, source, List.of(op("delete_tags"))));
        }
        fixtureScripts(all);
    }

    private static String base(String source) {
        return source.substring(source.lastIndexOf('/') + 1, source.lastIndexOf('.'));
    }

    private static void fixtureScripts(List<EditScripts.Script> all) {
        Map<String, List<Map<String, Object>>> edits = ApeCompat.edits();
        for (Map.Entry<String, List<String>> k : new java.util.TreeMap<>(APE_FIXTURES).entrySet()) {
            for (String name : k.getValue()) {
                String source = "test-files/apev2/" + name;
                boolean tagged = name.contains("tagged");
                for (String edit : FIXTURE_EDITS) {
                    List<Map<String, Object>> ops = new ArrayList<>();
                    if (!tagged) {
                        ops.add(op("add_tags"));
                    }
                    ops.addAll(edits.get(edit));
                    ops.add(save());
                    all.add(new EditScripts.Script(k.getKey(), edit + "-" + base(name), source, ops));
                }
                all.add(new EditScripts.Script(k.getKey(), "delete-" + base(name), source, List.of(op("delete_tags"))));
            }
        }
        // ID3 saves of an MP3 whose APEv2 tag sits before its ID3v1 tag: the APEv2 bytes stay as they are
        for (long v1 = 0; v1 <= 2; v1++) {
            all.add(new EditScripts.Script("MP3", "save-" + base(MP3_APE) + "-v1" + v1, MP3_APE,
                    List.of(set("TIT2", WriteMatrix.textFrame("TIT2", 3, "New title")), save("v1", v1))));
        }
        all.add(new EditScripts.Script("MP3", "delete-" + base(MP3_APE), MP3_APE, List.of(op("delete_tags"))));
        for (String edit : List.of("text", "binary", "unicode")) {
            List<Map<String, Object>> ops = new ArrayList<>();
            ops.add(op("open_apev2"));
            ops.addAll(edits.get(edit));
            ops.add(save());
            all.add(new EditScripts.Script(ApeCompat.STANDALONE, edit + "-" + base(MP3_APE), MP3_APE, ops));
        }
        all.add(new EditScripts.Script(ApeCompat.STANDALONE, "delete-" + base(MP3_APE), MP3_APE,
                List.of(op("open_apev2"), op("delete_tags"))));
    }

    private static Mutations.Mutation cut(String what, byte[] d, int length) {
        byte[] copy = new byte[Math.min(length, d.length)];
        System.arraycopy(d, 0, copy, 0, copy.length);
        return new Mutations.Mutation("cut@" + what, copy);
    }

    private static Mutations.Mutation patch(String what, byte[] d, int at, byte[] value) {
        byte[] copy = d.clone();
        System.arraycopy(value, 0, copy, at, Math.min(value.length, copy.length - at));
        return new Mutations.Mutation("flip@" + what, copy);
    }

    private static boolean startsWith(byte[] d, int at, String ascii) {
        if (at < 0 || at + ascii.length() > d.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (d[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
