// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import mutagen.Options;

/**
 * The format providers installed on the module path or class path, loaded once.
 *
 * <p>Thread-safe: the provider list is loaded once and never changes.
 */
public final class Providers {
    private Providers() {
    }

    /**
     * The installed providers, sorted by kind name; immutable.
     *
     * @return the installed providers, sorted by kind name; immutable
     */
    public static List<FormatProvider> installed() {
        return Holder.INSTALLED;
    }

    /**
     * The problems met while loading providers (a broken provider is left out, the others still load).
     *
     * @return the problems met while loading providers (a broken provider is left out, the others still load)
     */
    public static List<String> loadErrors() {
        return Holder.ERRORS;
    }

    /**
     * The installed provider of a kind, or {@code null}.
     *
     * @param kindName the kind name
     * @return the installed provider of a kind, or {@code null}
     */
    public static FormatProvider byKind(String kindName) {
        for (FormatProvider p : installed()) {
            if (p.kindName().equals(kindName)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The provider of {@code options.providers()} with the highest {@code (score, kind name)} (for equal ones, the
     * first in the list), or {@code null} when no score is positive; a provider whose scoring fails counts as no
     * match. Providers whose {@link FormatProvider#clues()} show they cannot win are not scored.
     *
     * @param input the first bytes and the name of the file
     * @param options the providers to consider and the kind names' variant ({@link Options#easy()})
     * @return the provider with the highest {@code (score, kind name)}, or {@code null}
     */
    public static FormatProvider choose(ProbeInput input, Options options) {
        return Chooser.of(options.providers()).choose(input, options);
    }

    private static final class Holder {
        static final List<String> ERRORS;
        static final List<FormatProvider> INSTALLED;

        static {
            List<String> errors = new ArrayList<>();
            List<FormatProvider> found = new ArrayList<>();
            Iterator<FormatProvider> it = ServiceLoader.load(FormatProvider.class, Providers.class.getClassLoader())
                    .iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    FormatProvider p = it.next();
                    if (found.stream().noneMatch(q -> q.getClass() == p.getClass())) {
                        found.add(p);
                    }
                } catch (ServiceConfigurationError e) {
                    // One broken provider must not hide the others (slf4j's safelyInstantiate).
                    errors.add(e.getMessage());
                    if (errors.size() > 1000) {
                        break;
                    }
                }
            }
            found.sort(Comparator.comparing(FormatProvider::kindName));
            INSTALLED = List.copyOf(found);
            ERRORS = List.copyOf(errors);
        }
    }
}
