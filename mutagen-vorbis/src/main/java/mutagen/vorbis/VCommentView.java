// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import mutagen.MutagenError;
import mutagen.common.Picture;
import mutagen.common.PictureType;
import mutagen.common.TagsAccess;

/**
 * The cross-format view's access to Vorbis comments ({@link VCommentDict}): text under the comment names
 * (case-insensitive, as mutagen), pictures as base64 FLAC picture blocks in {@code METADATA_BLOCK_PICTURE}, and the
 * legacy {@code COVERART}/{@code COVERARTMIME} pair read when there is no {@code METADATA_BLOCK_PICTURE}.
 *
 * <p>Not thread-safe: it edits one comment; use it from one thread at a time, as the file.
 */
public class VCommentView extends TagsAccess<VCommentDict> {
    private static final String BLOCK = "METADATA_BLOCK_PICTURE";
    private static final String LEGACY = "COVERART";
    private static final String LEGACY_MIME = "COVERARTMIME";

    /**
     * A view of the comments.
     *
     * @param tags the tags
     */
    public VCommentView(VCommentDict tags) {
        super(tags, VorbisMapping.TABLE);
    }

    @Override
    public List<String> get(String nativeKey) {
        if (!VComment.isValidKey(nativeKey)) {
            return List.of();
        }
        List<String> v = tags.get(nativeKey);
        return v == null ? List.of() : v;
    }

    @Override
    public void set(String nativeKey, List<String> values) {
        tags.put(nativeKey, values);
    }

    @Override
    public void remove(String nativeKey) {
        if (VComment.isValidKey(nativeKey) && tags.containsKey(nativeKey)) {
            tags.remove(nativeKey);
        }
    }

    @Override
    public List<Picture> pictures() {
        List<Picture> out = new ArrayList<>();
        List<String> blocks = get(BLOCK);
        if (!blocks.isEmpty()) {
            for (String b : blocks) {
                try {
                    out.add(Picture.fromFlacBlock(Base64.getMimeDecoder().decode(b)));
                } catch (IllegalArgumentException | MutagenError e) {
                    // Not base64 or not a picture block: not a picture (Picard logs and skips it too).
                }
            }
            return out;
        }
        List<String> mimes = get(LEGACY_MIME);
        List<String> legacy = get(LEGACY);
        for (int i = 0; i < legacy.size(); i++) {
            try {
                byte[] data = Base64.getMimeDecoder().decode(legacy.get(i));
                String mime = i < mimes.size() ? mimes.get(i) : Picture.guessMime(data);
                out.add(new Picture(PictureType.COVER_FRONT, mime, "", data));
            } catch (IllegalArgumentException e) {
                // Not base64: not a picture.
            }
        }
        return out;
    }

    @Override
    public void setPictures(List<Picture> pictures) {
        remove(LEGACY);
        remove(LEGACY_MIME);
        List<String> blocks = new ArrayList<>(pictures.size());
        for (Picture p : pictures) {
            blocks.add(Base64.getEncoder().encodeToString(p.toFlacBlock()));
        }
        if (blocks.isEmpty()) {
            remove(BLOCK);
        } else {
            tags.put(BLOCK, blocks);
        }
    }
}
