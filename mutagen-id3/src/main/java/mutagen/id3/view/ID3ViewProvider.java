// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3.view;

import mutagen.FileType;
import mutagen.common.NativeTags;
import mutagen.common.TagMappingProvider;
import mutagen.id3.ID3;

/**
 * Binds any file whose tags are ID3v2 (MP3, TrueAudio, WAVE, AIFF, DSF, DSDIFF, files starting with ID3; EasyID3 and
 * any other {@link mutagen.id3.ID3View} through the ID3 it wraps) to the cross-format view.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class ID3ViewProvider implements TagMappingProvider {
    /** The provider (for {@link java.util.ServiceLoader}). */
    public ID3ViewProvider() {
    }

    @Override
    public NativeTags bind(FileType file) {
        Object tags = file.tags();
        ID3 id3 = tags instanceof mutagen.id3.ID3View view ? view.id3() : tags instanceof ID3 plain ? plain : null;
        return id3 == null ? null : new ID3View(id3);
    }
}
