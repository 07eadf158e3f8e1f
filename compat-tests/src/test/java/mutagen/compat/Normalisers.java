// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import mutagen.Tags;
import mutagen.scan.ScanOutput;

/**
 * The registry of per-format normalisers, and the generic normalisation they build on.
 *
 * <p>The JSON forms (the contract with {@code oracle.py}'s {@code norm()}):
 * <ul>
 *   <li>{@code None}, bool, str: JSON null, true/false, string; int (and IntEnum): JSON integer;
 *   float: its Python {@code repr} as a string</li>
 *   <li>bytes: {@code {"bytes": length, "sha1": hex}}; list/tuple: JSON array</li>
 *   <li>ID3 frame: {@code {"frame": class, "pprint": frame.pprint(), "fields": {specName: value}}} with every spec
 *   of {@code _framespec + _optionalspec} present on the frame; ID3TimeStamp: its text; CHAP/CTOC sub-frames:
 *   {@code {"frames": [[hashKey, frame]...]}}</li>
 *   <li>FLAC picture: {@code {"picture": {"type", "mime", "desc", "width", "height", "depth", "colors", "bytes",
 *   "sha1"}}}; MP4 cover: {@code {"cover": {"imageformat", "bytes", "sha1"}}}; MP4 freeform:
 *   {@code {"freeform": {"dataformat", "version", "bytes", "sha1"}}}</li>
 *   <li>APEv2 value: {@code {"ape": class, "kind": n, "value": v}}; ASF attribute:
 *   {@code {"asf": class, "value", "language", "stream"}}; anything else: {@code {"type": class, "repr": repr}}</li>
 * </ul>
 *
 * <p>To add a format: register its tag normaliser under the tag class's simple name ({@link #TAGS}) and, when
 * oracle.py emits extras for it, a {@link FileExtras} under its kind ({@link #EXTRAS}).
 */
public final class Normalisers {
    /** Tag normalisers by the simple name of the tag class (subclasses inherit). Add formats here. */
    static final Map<String, TagNormaliser> TAGS = new LinkedHashMap<>();
    /** Extras by kind name (the FileType's simple name). Add formats here. */
    static final Map<String, FileExtras> EXTRAS = new LinkedHashMap<>();

    static {
        TAGS.put("ID3", ID3Compat.TAGS);
        TAGS.put("ID3Tags", ID3Compat.TAGS);
        EXTRAS.put("FLAC", FLACCompat.EXTRAS);
        TAGS.put("APEv2", ApeCompat.TAGS);
        TAGS.put("MP4Tags", Mp4Compat.TAGS);
        TAGS.put("ASFTags", AsfCompat.TAGS);
    }

    private static final Normalisers DEFAULT = new Normalisers(TAGS, EXTRAS);

    private final Map<String, TagNormaliser> tags;
    private final Map<String, FileExtras> extras;

    /** A registry over the given maps (tests build their own). */
    Normalisers(Map<String, TagNormaliser> tags, Map<String, FileExtras> extras) {
        this.tags = tags;
        this.extras = extras;
    }

    /** The registry the suite uses. */
    public static Normalisers registry() {
        return DEFAULT;
    }

    /** The normaliser for a tag object: the one registered for its class or the nearest superclass, or generic. */
    TagNormaliser forTags(Tags t) {
        for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            TagNormaliser n = tags.get(c.getSimpleName());
            if (n != null) {
                return n;
            }
        }
        return (key, value, all) -> all.normalise(value);
    }

    /** The extras provider of a kind, or null. */
    FileExtras extrasFor(String kind) {
        return extras.get(kind);
    }

    /** The generic normalisation (see the class doc) of a plain Java value. */
    public Object normalise(Object v) {
        return generic(v);
    }

    /** The generic normalisation of a plain Java value: mutagen-scan's rendering, the one place of these forms. */
    public static Object generic(Object v) {
        return ScanOutput.render(v);
    }

    /** {@code {"bytes": length, "sha1": hex}}. */
    public static Map<String, Object> bytes(byte[] data) {
        return ScanOutput.bytes(data);
    }

    /** The lowercase hex SHA-1 of some bytes. */
    public static String sha1(byte[] data) {
        return ScanOutput.sha1(data);
    }

    /** The SHA-1 of a string's UTF-8 bytes (for messages). */
    static String sha1(String s) {
        return sha1(s.getBytes(StandardCharsets.UTF_8));
    }
}
