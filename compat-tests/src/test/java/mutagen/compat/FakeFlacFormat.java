// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mutagen.FileType;
import mutagen.StreamInfo;
import mutagen.Tags;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * A stand-in "FLAC" that knows one file, {@code silence-44-s.flac}, by heart: the values mutagen reads from it, held
 * in Java objects of the shapes our formats use (Integer/Long/Double/BigInteger attributes, lists of strings as tag
 * values, a picture through {@link FileExtras}). It lets the tests show that {@link Dump} emits exactly the oracle's
 * JSON for such objects, and that one wrong value is caught, before any real format is ported.
 */
final class FakeFlacFormat implements FormatProvider {
    static final String PICTURE_HEX = "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de00000009"
            + "7048597300000b1300000b1301009a9c180000000774494d4507d60b1c0a360608443d320000001d74455874436f6d6d65"
            + "6e7400437265617465642077697468205468652047494d50ef64256e0000000c4944415408d763f8ffff3f0005fe02fedc"
            + "cc59e70000000049454e44ae426082";

    /** The metadata blocks of the file as oracle.py's {@code norm_block} gives them (seek points, cue sheet...). */
    static final String BLOCKS_JSON = "[{\"class\": \"StreamInfo\", \"code\": 0}, {\"class\": \"SeekTable\", \"code\": 3, \"seekpoints\": [[0, 0, 4608], "
            + "[41472, 11852, 4608], [50688, 14484, 4608], [87552, 25022, 4608], [105984, 30284, 4608], [1844674407"
            + "3709551615, 0, 0]]}, {\"class\": \"VCFLACDict\", \"code\": 4, \"vendor\": \"reference libFLAC 1.1.0 20030126\""
            + "}, {\"class\": \"CueSheet\", \"code\": 5, \"compact_disc\": true, \"lead_in_samples\": 88200, \"media_catalog_n"
            + "umber\": {\"bytes\": 13, \"sha1\": \"08d7de6cbf6c3fa0a26e094e5115bcd1a0e3d2c3\"}, \"tracks\": [[1, 0, {\"bytes"
            + "\": 12, \"sha1\": \"8d993ccdf628e26e170a949ee2a3870455dbd8fa\"}, 0, false, [[1, 0]]], [2, 44100, {\"bytes\""
            + ": 0, \"sha1\": \"da39a3ee5e6b4b0d3255bfef95601890afd80709\"}, 1, true, [[1, 0], [2, 588]]], [3, 88200, {"
            + "\"bytes\": 0, \"sha1\": \"da39a3ee5e6b4b0d3255bfef95601890afd80709\"}, 0, false, [[1, 0]]], [170, 162496, "
            + "{\"bytes\": 0, \"sha1\": \"da39a3ee5e6b4b0d3255bfef95601890afd80709\"}, 0, false, []]]}, {\"class\": \"Pictur"
            + "e\", \"code\": 6}, {\"class\": \"Padding\", \"code\": 1, \"length\": 3060}]";

    private final String title;

    /** A fake whose title is {@code title} ("Silence" is what the file holds). */
    FakeFlacFormat(String title) {
        this.title = title;
    }

    @Override
    public String kindName() {
        return "FLAC";
    }

    @Override
    public int score(ProbeInput in) {
        return in.headerStartsWith("fLaC".getBytes(StandardCharsets.US_ASCII)) ? 3 : 0;
    }

    @Override
    public FileType open(FileSource src, mutagen.Options opts) throws IOException {
        return new FLAC(title);
    }

    /** The extras oracle.py emits for FLAC: the pictures and the metadata blocks. */
    static Map<String, FileExtras> extras() {
        Map<String, FileExtras> m = new LinkedHashMap<>();
        m.put("FLAC", (f, all) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", 3L);
            p.put("mime", "image/png");
            p.put("desc", "A pixel.");
            p.put("width", 1L);
            p.put("height", 1L);
            p.put("depth", 24L);
            p.put("colors", 0L);
            p.putAll(Normalisers.bytes(HexFormat.of().parseHex(PICTURE_HEX)));
            return Map.of("pictures", List.of(Map.of("picture", p)), "blocks", Json.parse(BLOCKS_JSON));
        });
        return m;
    }

    /** Named like mutagen's class, as the dump's kind is the simple class name. */
    static final class FLAC extends FileType {
        private final VCFLACDict tags = new VCFLACDict();

        FLAC(String title) {
            super(null);
            tags.add("album", "Quod Libet Test Data");
            tags.add("artist", "piman");
            tags.add("artist", "jzig");
            tags.add("genre", "Silence");
            tags.add("tracknumber", "02/10");
            tags.add("date", "2004");
            tags.add("title", title);
        }

        @Override
        public StreamInfo info() {
            return new StreamInfo() {
                @Override
                public double length() {
                    return 3.684716553287982;
                }

                @Override
                public String pprint() {
                    return "FLAC, " + PyRepr.fixed(length(), 2) + " seconds, 44100 Hz";
                }

                @Override
                public Map<String, Object> attributes() {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("min_blocksize", 4608);
                    m.put("max_blocksize", 4608);
                    m.put("min_framesize", 633);
                    m.put("max_framesize", 1323);
                    m.put("sample_rate", 44100);
                    m.put("channels", 2);
                    m.put("bits_per_sample", 16);
                    m.put("total_samples", 162496L);
                    m.put("length", length());
                    m.put("md5_signature", new BigInteger("131021685660704584182193358292653525527"));
                    m.put("code", 0);
                    m.put("bitrate", 101430);
                    return m;
                }
            };
        }

        @Override
        public Tags tags() {
            return tags;
        }

        @Override
        public List<String> mime() {
            return mimes("audio/flac", "audio/x-flac", "application/x-flac");
        }

        @Override
        public void addTags() {
            throw new UnsupportedOperationException();
        }
    }

    /** A Vorbis-comment-like list of (key, value) pairs. */
    static final class VCFLACDict extends Tags {
        private final List<String[]> pairs = new ArrayList<>();

        void add(String key, String value) {
            pairs.add(new String[] {key, value});
        }

        @Override
        public String pprint() {
            List<String> lines = new ArrayList<>();
            for (String[] p : pairs) {
                lines.add(p[0] + "=" + p[1]);
            }
            return String.join("\n", lines);
        }

        @Override
        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            for (String[] p : pairs) {
                if (!keys.contains(p[0])) {
                    keys.add(p[0]);
                }
            }
            return keys;
        }

        @Override
        public Object get(String key) {
            List<String> values = new ArrayList<>();
            for (String[] p : pairs) {
                if (p[0].equals(key)) {
                    values.add(p[1]);
                }
            }
            return values.isEmpty() ? null : values;
        }
    }
}
