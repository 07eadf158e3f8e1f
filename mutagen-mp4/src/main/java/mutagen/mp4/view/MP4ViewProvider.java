// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4.view;

import mutagen.FileType;
import mutagen.common.NativeTags;
import mutagen.common.TagMappingProvider;
import mutagen.easymp4.EasyMP4Tags;
import mutagen.mp4.MP4Tags;

/**
 * Binds MP4 files (and EasyMP4, through the tags it wraps) to the cross-format view.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class MP4ViewProvider implements TagMappingProvider {
    /** The provider (for {@link java.util.ServiceLoader}). */
    public MP4ViewProvider() {
    }

    @Override
    public NativeTags bind(FileType file) {
        Object tags = file.tags();
        if (tags instanceof EasyMP4Tags) {
            return new MP4View(((EasyMP4Tags) tags).mp4Tags());
        }
        return tags instanceof MP4Tags ? new MP4View((MP4Tags) tags) : null;
    }
}
