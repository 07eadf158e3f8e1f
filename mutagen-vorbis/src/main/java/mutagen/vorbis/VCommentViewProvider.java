// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import mutagen.FileType;
import mutagen.common.NativeTags;
import mutagen.common.TagMappingProvider;

/**
 * Binds any file whose tags are Vorbis comments to the cross-format view ({@link VCommentView}).
 *
 * <p>Stateless: safe to share across threads.
 */
public final class VCommentViewProvider implements TagMappingProvider {
    /** The provider (for {@link java.util.ServiceLoader}). */
    public VCommentViewProvider() {
    }

    @Override
    public NativeTags bind(FileType file) {
        return file.tags() instanceof VCommentDict ? new VCommentView((VCommentDict) file.tags()) : null;
    }
}
