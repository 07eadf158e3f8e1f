// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf.view;

import mutagen.FileType;
import mutagen.asf.ASFTags;
import mutagen.common.NativeTags;
import mutagen.common.TagMappingProvider;

/**
 * Binds ASF (WMA/WMV) files to the cross-format view.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class ASFViewProvider implements TagMappingProvider {
    /** The provider (for {@link java.util.ServiceLoader}). */
    public ASFViewProvider() {
    }

    @Override
    public NativeTags bind(FileType file) {
        return file.tags() instanceof ASFTags ? new ASFView((ASFTags) file.tags()) : null;
    }
}
