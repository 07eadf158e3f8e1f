// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.StreamInfo;
import mutagen.Tags;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * A toy format for testing the Java half of the harness without any real format module: a file is the line
 * {@code FAKE} followed by {@code key=value} lines. Installed only through {@code Options.withProviders}.
 */
final class FakeTextFormat implements FormatProvider {

    @Override
    public String kindName() {
        return "FakeText";
    }

    @Override
    public int score(ProbeInput in) throws IOException {
        return in.headerStartsWith("FAKE".getBytes(StandardCharsets.US_ASCII)) ? 1 : 0;
    }

    @Override
    public FileType open(FileSource src, mutagen.Options opts) throws IOException {
        if (src.path() == null) {
            throw new FakeError("FakeText opens files only");
        }
        return new FakeText(src.path());
    }

    /** The file object. */
    static final class FakeText extends FileType {
        private FakeTags tags;

        FakeText(Path path) throws IOException {
            super(path);
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals("FAKE")) {
                throw new FakeError("not a FAKE file");
            }
            if (lines.size() > 1) {
                tags = new FakeTags();
                for (String line : lines.subList(1, lines.size())) {
                    int eq = line.indexOf('=');
                    if (eq < 0) {
                        throw new FakeError("line without '=': " + line);
                    }
                    tags.values.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>())
                            .add(line.substring(eq + 1));
                }
            }
        }

        @Override
        public StreamInfo info() {
            return new StreamInfo() {
                @Override
                public double length() {
                    return 1.5;
                }

                @Override
                public String pprint() {
                    return "Fake, 1.50 seconds";
                }

                @Override
                public Map<String, Object> attributes() {
                    return Map.of("length", 1.5);
                }
            };
        }

        @Override
        public Tags tags() {
            return tags;
        }

        @Override
        public void addTags() throws MutagenError {
            if (tags != null) {
                throw new FakeError("tags exist");
            }
            tags = new FakeTags();
        }

        @Override
        public void save() throws IOException {
            StringBuilder sb = new StringBuilder("FAKE\n");
            if (tags != null) {
                for (Map.Entry<String, List<String>> e : tags.values.entrySet()) {
                    for (String v : e.getValue()) {
                        sb.append(e.getKey()).append('=').append(v).append('\n');
                    }
                }
            }
            Files.writeString(filename(), sb.toString(), StandardCharsets.UTF_8);
        }

        @Override
        public void delete() throws IOException {
            tags = null;
            save();
        }
    }

    /** The tags: keys to lists of strings. */
    static final class FakeTags extends Tags {
        final Map<String, List<String>> values = new LinkedHashMap<>();

        @Override
        public String pprint() {
            StringBuilder sb = new StringBuilder();
            values.forEach((k, vs) -> vs.forEach(v -> sb.append(sb.length() == 0 ? "" : "\n").append(k)
                    .append('=').append(v)));
            return sb.toString();
        }

        @Override
        public List<String> keys() {
            return new ArrayList<>(values.keySet());
        }

        @Override
        public Object get(String key) {
            return values.get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void put(String key, Object value) {
            if (value instanceof String) {
                values.put(key, new ArrayList<>(List.of((String) value)));
            } else if (value instanceof List) {
                values.put(key, new ArrayList<>((List<String>) value));
            } else {
                throw new IllegalArgumentException("FakeText values are strings");
            }
        }

        @Override
        public void remove(String key) {
            if (values.remove(key) == null) {
                throw new NoSuchElementException(key);
            }
        }
    }

    /** The toy format's error. */
    static final class FakeError extends MutagenError {
        private static final long serialVersionUID = 1L;

        FakeError(String message) {
            super(message);
        }
    }
}
