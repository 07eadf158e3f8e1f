// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.StreamInfo;
import mutagen.Tags;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * A made-up format for the harness tests, so that they run through the real {@code File.open} dispatch without any
 * format module: {@code "FAKE"}, a big-endian u32 tag length, the tag ({@code key=value} lines in UTF-8), then
 * audio bytes (1000 per second). The key {@code frame} holds a {@link FakeFrame}, whose {@code pprint()} counts calls.
 */
public final class FakeProvider implements FormatProvider {
    static final byte[] MAGIC = Bytes.ascii("FAKE");

    /** The provider; found through META-INF/services of the test resources. */
    public FakeProvider() {
    }

    @Override
    public String kindName() {
        return "FakeAudio";
    }

    @Override
    public int score(ProbeInput input) {
        return input.headerStartsWith(MAGIC) ? 1 : 0;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        ByteReader head = source.reader(0, 8, MutagenError::new);
        if (!new String(head.bytes(4), StandardCharsets.ISO_8859_1).equals("FAKE")) {
            throw new MutagenError("not a fake file");
        }
        long tagLength = head.u32be();
        byte[] tag = source.readExactly(8, tagLength, MutagenError::new);
        FakeTags tags = new FakeTags();
        for (String line : new String(tag, StandardCharsets.UTF_8).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                String key = line.substring(0, eq);
                String value = line.substring(eq + 1);
                tags.values.put(key, key.equals("frame") ? new FakeFrame(value) : new ArrayList<>(List.of(value)));
            }
        }
        long audio = source.size() - 8 - tagLength;
        return new FakeAudio(source.path(), tags, (int) tagLength, audio);
    }

    /** Builds the bytes of a fake file. */
    static byte[] build(Map<String, String> tags, int audioBytes) {
        StringBuilder sb = new StringBuilder();
        tags.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        byte[] tag = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[8 + tag.length + audioBytes];
        System.arraycopy(MAGIC, 0, out, 0, 4);
        Bytes.put32be(out, 4, tag.length);
        System.arraycopy(tag, 0, out, 8, tag.length);
        return out;
    }

    /** A value with a {@code pprint()}, like an ID3 frame; counts how often it is printed. */
    public static final class FakeFrame {
        static int pprints;
        private final String text;

        FakeFrame(String text) {
            this.text = text;
        }

        /** The frame as text. */
        public String pprint() {
            pprints++;
            return "FRAME=" + text;
        }
    }

    static final class FakeInfo extends StreamInfo {
        private final long audio;

        FakeInfo(long audio) {
            this.audio = audio;
        }

        @Override
        public double length() {
            return audio / 1000.0;
        }

        @Override
        public String pprint() {
            return "Fake, " + length() + " seconds";
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("length", length());
            m.put("bitrate", 8000);
            return m;
        }
    }

    static final class FakeTags extends Tags {
        final Map<String, Object> values = new LinkedHashMap<>();

        @Override
        public String pprint() {
            StringBuilder sb = new StringBuilder();
            values.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
            return sb.toString().strip();
        }

        @Override
        public List<String> keys() {
            return List.copyOf(values.keySet());
        }

        @Override
        public Object get(String key) {
            return values.get(key);
        }

        @Override
        public void put(String key, Object value) {
            if (!(value instanceof List<?>)) {
                throw new IllegalArgumentException("values are lists of strings");
            }
            values.put(key, value);
        }

        @Override
        public void remove(String key) {
            if (values.remove(key) == null) {
                throw new NoSuchElementException(key);
            }
        }

        String serialise() {
            StringBuilder sb = new StringBuilder();
            values.forEach((k, v) -> sb.append(k).append('=')
                    .append(v instanceof FakeFrame f ? f.text : String.join("", castList(v))).append('\n'));
            return sb.toString();
        }

        @SuppressWarnings("unchecked")
        private static List<String> castList(Object v) {
            return (List<String>) v;
        }
    }

    static final class FakeAudio extends FileType {
        private final FakeTags tags;
        private final FakeInfo info;
        private int tagLength;

        FakeAudio(java.nio.file.Path path, FakeTags tags, int tagLength, long audio) {
            super(path);
            this.tags = tags;
            this.tagLength = tagLength;
            this.info = new FakeInfo(audio);
        }

        @Override
        public StreamInfo info() {
            return info;
        }

        @Override
        public Tags tags() {
            return tags;
        }

        @Override
        public void addTags() throws MutagenError {
            throw new MutagenError("a fake file always has tags");
        }

        @Override
        protected void saveTags(FileSource target) throws IOException {
            byte[] tag = tags.serialise().getBytes(StandardCharsets.UTF_8);
            target.resize(8, tagLength, tag.length);
            byte[] len = new byte[4];
            Bytes.put32be(len, 0, tag.length);
            target.write(4, len);
            target.write(8, tag);
            tagLength = tag.length;
        }
    }
}
