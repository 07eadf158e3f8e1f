// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.util.ArrayList;
import java.util.List;
import mutagen.FileType;
import mutagen.common.NativeTags;
import mutagen.common.PictureType;
import mutagen.common.TagMapping;
import mutagen.common.TagMappingProvider;
import mutagen.vorbis.VCommentView;
import mutagen.vorbis.VorbisMapping;

/**
 * Binds FLAC files to the cross-format view: the Vorbis comment mapping for text, and the {@code PICTURE} metadata
 * blocks for pictures (where Picard writes them in FLAC), so it is asked before the generic Vorbis provider.
 *
 * <p>Stateless: safe to share across threads.
 */
public final class FLACViewProvider implements TagMappingProvider {
    /** The provider (for {@link java.util.ServiceLoader}). */
    public FLACViewProvider() {
    }

    @Override
    public NativeTags bind(FileType file) {
        return file instanceof FLAC ? new View((FLAC) file) : null;
    }

    @Override
    public int priority() {
        return 10;
    }

    /** Text through {@link VCommentView} (none while the file has no comment block), pictures as blocks. */
    private static final class View implements NativeTags {
        private final FLAC flac;
        private final VCommentView text;

        View(FLAC flac) {
            this.flac = flac;
            this.text = flac.tags() == null ? null : new VCommentView(flac.tags());
        }

        @Override
        public TagMapping mapping() {
            return VorbisMapping.TABLE;
        }

        @Override
        public List<String> keys() {
            return text == null ? List.of() : text.keys();
        }

        @Override
        public List<String> get(String nativeKey) {
            return text == null ? List.of() : text.get(nativeKey);
        }

        @Override
        public void set(String nativeKey, List<String> values) {
            if (text == null) {
                throw new IllegalStateException("FLAC file has no Vorbis comment block");
            }
            text.set(nativeKey, values);
        }

        @Override
        public void remove(String nativeKey) {
            if (text != null) {
                text.remove(nativeKey);
            }
        }

        @Override
        public List<mutagen.common.Picture> pictures() {
            List<mutagen.common.Picture> out = new ArrayList<>();
            for (Picture p : flac.pictures()) {
                out.add(new mutagen.common.Picture(PictureType.of(p.type()), p.mime(), p.desc(), (int) p.width(),
                        (int) p.height(), (int) p.depth(), p.data()));
            }
            return out;
        }

        @Override
        public void setPictures(List<mutagen.common.Picture> pictures) {
            flac.clearPictures();
            for (mutagen.common.Picture p : pictures) {
                Picture block = new Picture();
                block.type(p.type().code());
                block.mime(p.mime());
                block.desc(p.description());
                block.width(p.width());
                block.height(p.height());
                block.depth(p.depth());
                block.data(p.data());
                flac.addPicture(block);
            }
        }
    }
}
