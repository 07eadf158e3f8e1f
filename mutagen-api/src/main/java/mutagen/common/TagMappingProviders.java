// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** The installed {@link TagMappingProvider}s, loaded once (thread-safe). */
final class TagMappingProviders {
    private TagMappingProviders() {
    }

    static List<TagMappingProvider> installed() {
        return Holder.INSTALLED;
    }

    private static final class Holder {
        static final List<TagMappingProvider> INSTALLED = load();

        private static List<TagMappingProvider> load() {
            List<TagMappingProvider> found = new ArrayList<>();
            for (ServiceLoader.Provider<TagMappingProvider> p : ServiceLoader
                    .load(TagMappingProvider.class, TagMappingProviders.class.getClassLoader()).stream().toList()) {
                try {
                    TagMappingProvider provider = p.get();
                    if (found.stream().noneMatch(q -> q.getClass() == provider.getClass())) {
                        found.add(provider);
                    }
                } catch (ServiceConfigurationError e) {
                    // A broken provider must not hide the others (as Providers does for formats).
                }
            }
            found.sort(Comparator.comparingInt((TagMappingProvider p) -> -p.priority())
                    .thenComparing(p -> p.getClass().getName()));
            return List.copyOf(found);
        }
    }
}
