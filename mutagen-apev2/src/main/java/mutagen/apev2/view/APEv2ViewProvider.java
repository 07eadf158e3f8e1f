// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2.view;

import mutagen.FileType;
import mutagen.apev2.APEv2;
import mutagen.common.NativeTags;
import mutagen.common.TagMappingProvider;

/**
 * Binds files whose tags are APEv2 (WavPack, Musepack, Monkey's Audio, OptimFROG, TAK, APEv2File).
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class APEv2ViewProvider implements TagMappingProvider {
    /** The provider (for {@link java.util.ServiceLoader}). */
    public APEv2ViewProvider() {
    }

    @Override
    public NativeTags bind(FileType file) {
        return file.tags() instanceof APEv2 ? new APEv2View((APEv2) file.tags()) : null;
    }
}
