// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import java.util.List;
import java.util.Objects;
import mutagen.spi.FormatProvider;
import mutagen.spi.Providers;

/**
 * How {@link File} chooses and opens a format: mutagen's {@code File(filething, options=None, easy=False)}
 * arguments. Immutable.
 *
 * <p>Immutable and thread-safe.
 */
public final class Options {
    private static final Options DEFAULTS = new Options(false, null);

    private final boolean easy;
    private final List<FormatProvider> providers;

    private Options(boolean easy, List<FormatProvider> providers) {
        this.easy = easy;
        this.providers = providers;
    }

    /**
     * All installed formats, plain (not easy) classes.
     *
     * @return all installed formats, plain (not easy) classes
     */
    public static Options defaults() {
        return DEFAULTS;
    }

    /**
     * Whether easy variants (EasyMP3, EasyID3FileType, ...) are wanted.
     *
     * @return whether easy variants (EasyMP3, EasyID3FileType, ...) are wanted
     */
    public boolean easy() {
        return easy;
    }

    /**
     * These options with {@code easy} set.
     *
     * @param easyVariants the easy variants
     * @return these options with {@code easy} set
     */
    public Options withEasy(boolean easyVariants) {
        return new Options(easyVariants, providers);
    }

    /**
     * These options restricted to the given providers (mutagen's {@code options=}); an empty list matches nothing.
     *
     * @param only the only
     * @return these options restricted to the given providers (mutagen's {@code options=}); an empty list matches
     *     nothing
     */
    public Options withProviders(List<? extends FormatProvider> only) {
        return new Options(easy, List.copyOf(only));
    }

    /**
     * These options restricted to the installed providers of the given kind names.
     *
     * @param kindNames the kind names
     * @return these options restricted to the installed providers of the given kind names
     */
    public Options withKinds(String... kindNames) {
        List<FormatProvider> only = new java.util.ArrayList<>();
        for (String kind : kindNames) {
            FormatProvider p = Providers.byKind(Objects.requireNonNull(kind));
            if (p == null) {
                throw new IllegalArgumentException("no installed format " + kind);
            }
            only.add(p);
        }
        return withProviders(only);
    }

    /**
     * The providers to consider: those given, else all installed ones.
     *
     * @return the providers to consider: those given, else all installed ones
     */
    public List<FormatProvider> providers() {
        return providers == null ? Providers.installed() : providers;
    }
}
