// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.StreamInfo;
import mutagen.Tags;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Our side of the read differential: the same JSON object that {@code oracle.py}'s {@code dump()} gives, built from
 * mutagen-java's objects.
 *
 * <pre>
 * {"kind":   the chosen FileType class name (also when loading failed), or null when no format matched,
 *  "error":  null | {"class": exception simple name, "message": str(err)},
 *  "mime":   [mime...] | null,
 *  "info":   {attribute: normalised value} sorted by name, every public non-callable attribute of info
 *            (instance and class-level defaults, not ALL-CAPS constants) | null,
 *  "pprint": FileType.pprint() | {"error": {...}} | null,
 *  "tags":   null | {"type": tag class simple name, "items": [[key, normalised value]...] sorted by key}
 *                 | {"type": ..., "error": {...}},
 *  "extras": {name: value} (FLAC: "pictures")}
 * </pre>
 */
public final class Dump {
    /** The top-level fields in the order comparisons walk them. */
    static final List<String> FIELDS = List.of("kind", "error", "mime", "info", "pprint", "tags", "extras");

    private Dump() {
    }

    /** Our dump of a file, with every installed format. */
    public static Map<String, Object> of(Path path) {
        return of(path, Options.defaults(), Normalisers.registry());
    }

    /** Our dump of a file. */
    static Map<String, Object> of(Path path, Options options, Normalisers normalisers) {
        Map<String, Object> out = empty();
        try (FileSource src = FileSource.open(path)) {
            FormatProvider chosen = File.choose(ProbeInput.of(src), options);
            out.put("kind", chosen == null ? null : chosen.kindName(options));
        } catch (IOException | RuntimeException e) {
            out.put("error", error(e));
            return out;
        }
        Optional<FileType> opened;
        try {
            opened = File.open(path, options);
        } catch (IOException | RuntimeException e) {
            out.put("error", error(e));
            return out;
        }
        if (opened.isEmpty()) {
            return out;
        }
        fill(out, opened.get(), normalisers);
        return out;
    }

    /** Our dump of a loaded file. */
    static Map<String, Object> of(FileType f, Normalisers normalisers) {
        Map<String, Object> out = empty();
        fill(out, f, normalisers);
        return out;
    }

    static Map<String, Object> empty() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String field : FIELDS) {
            out.put(field, null);
        }
        out.put("extras", new LinkedHashMap<>());
        return out;
    }

    private static void fill(Map<String, Object> out, FileType f, Normalisers normalisers) {
        out.put("kind", f.getClass().getSimpleName());
        out.put("mime", new ArrayList<>(f.mime()));
        StreamInfo info = f.info();
        if (info != null) {
            Map<String, Object> attrs = new TreeMap<>();
            for (Map.Entry<String, Object> e : info.attributes().entrySet()) {
                attrs.put(e.getKey(), Normalisers.generic(e.getValue()));
            }
            out.put("info", new LinkedHashMap<>(attrs));
        }
        try {
            out.put("pprint", f.pprint());
        } catch (RuntimeException e) {
            out.put("pprint", Map.of("error", error(e)));
        }
        Tags tags = f.tags();
        if (tags != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("type", tags.getClass().getSimpleName());
            try {
                TagNormaliser n = normalisers.forTags(tags);
                List<Object> items = new ArrayList<>();
                for (String key : new TreeSet<>(tags.keys())) {
                    items.add(Arrays.asList(key, n.normalise(key, tags.get(key), normalisers)));
                }
                t.put("items", items);
            } catch (RuntimeException e) {
                t.put("error", error(e));
            }
            out.put("tags", t);
        }
        FileExtras extras = normalisers.extrasFor(f.getClass().getSimpleName());
        if (extras != null) {
            out.put("extras", new LinkedHashMap<>(extras.extras(f, normalisers)));
        }
    }

    /**
     * {@code {"class": simple name, "message": str(err)}}. Only {@link MutagenError}s can match Python; any other
     * exception shows up under its Java name, which no Python class has.
     */
    static Map<String, Object> error(Throwable e) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("class", e.getClass().getSimpleName());
        err.put("message", e instanceof MutagenError ? ((MutagenError) e).pythonStr() : String.valueOf(e.getMessage()));
        return err;
    }
}
