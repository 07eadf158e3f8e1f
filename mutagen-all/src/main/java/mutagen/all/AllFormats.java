// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.all;

import java.util.List;
import java.util.TreeSet;
import mutagen.Options;
import mutagen.spi.FormatProvider;

/**
 * What the {@code mutagen-all} dependency brings: the kinds of file that {@link mutagen.File#open} can tell apart
 * with every format module installed.
 *
 * <p>Thread-safe: static methods only, no state.
 */
public final class AllFormats {
    private AllFormats() {
    }

    /**
     * The kind names ({@link FormatProvider#kindName()}: {@code "FLAC"}, {@code "MP3"}, {@code "OggVorbis"} ...) of
     * every installed format provider, sorted; with mutagen-all alone on the path, every format of mutagen 1.48.1.
     *
     * @return the sorted kind names, without duplicates
     */
    public static List<String> kinds() {
        TreeSet<String> kinds = new TreeSet<>();
        for (FormatProvider p : Options.defaults().providers()) {
            kinds.add(p.kindName());
        }
        return List.copyOf(kinds);
    }
}
