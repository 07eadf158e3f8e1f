// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import mutagen.FileType;
import mutagen.apev2.APETextValue;

/**
 * The edit of the rows whose tags are a dict (Vorbis comments in Ogg, MP4 atoms, APEv2 items): one key set through
 * {@link FileType#put}, read back through {@link FileType#get} on the reopened file. Their own structures are touched
 * by the generic {@link Touch} (pprint, every key and value, the info).
 */
final class TagFuzz {
    private TagFuzz() {
    }

    /** Nothing beyond the generic touch. */
    static void none(FileType file) {
    }

    /** Sets {@code key} to {@code value}; the reopened file's value, seen through {@code view}, must be {@code want}. */
    static FuzzFormat.Edit put(String key, Object value, Function<Object, Object> view, Object want) {
        return new FuzzFormat.Edit() {
            @Override
            public void apply(FileType file) throws IOException {
                file.put(key, value);
            }

            @Override
            public String missing(FileType reopened) {
                Object got = reopened.get(key);
                return Objects.equals(want, got == null ? null : view.apply(got)) ? null : key + " is " + got;
            }
        };
    }

    /** {@code fuzz = [edited]}, as a Vorbis comment. */
    static final FuzzFormat.Edit VORBIS = put("fuzz", List.of("edited"), v -> v, List.of("edited"));
    /** {@code ©nam = [edited]}, as an MP4 text atom. */
    static final FuzzFormat.Edit MP4 = put("\u00a9nam", List.of("edited"), v -> v, List.of("edited"));
    /** {@code Fuzz = edited}, as an APEv2 text item. */
    static final FuzzFormat.Edit APEV2 = put("Fuzz", "edited",
            v -> v instanceof APETextValue ? ((APETextValue) v).value() : v, "edited");
}
