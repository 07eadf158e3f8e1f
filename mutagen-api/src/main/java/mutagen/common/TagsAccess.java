// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

import java.util.List;
import mutagen.Tags;

/**
 * The part of a {@link NativeTags} that every mapping-type tag container shares: its table, its keys, and removal
 * of a key that may be absent. A format's access extends it and adds text conversion and pictures.
 *
 * @param <T> the format's tag type
 *
 * <p>Not thread-safe: it edits one file's tags; use it from one thread at a time, as that file.
 */
public abstract class TagsAccess<T extends Tags> implements NativeTags {
    /** The format's tags, read and written in place. */
    protected final T tags;
    private final TagMapping mapping;

    /** An access to the tags under a table. */
    protected TagsAccess(T tags, TagMapping mapping) {
        this.tags = tags;
        this.mapping = mapping;
    }

    @Override
    public TagMapping mapping() {
        return mapping;
    }

    @Override
    public List<String> keys() {
        return tags.keys();
    }

    @Override
    public void remove(String nativeKey) {
        if (tags.containsKey(nativeKey)) {
            tags.remove(nativeKey);
        }
    }
}
