// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import mutagen.MutagenError;
import mutagen.PaddingFunction;
import mutagen.StreamInfo;
import mutagen.util.FileSource;
import mutagen.vorbis.VCommentDict;

/**
 * What one Ogg codec tells {@link OggFileType}: mutagen's class attributes {@code _mimes}, {@code _Error},
 * {@code _Info} and {@code _Tags}, as functions. A codec's FileType is a constructor that passes its row.
 *
 * <p>Thread safety: an immutable record, safe to share across threads as long as its array or collection components
 * are not changed.
 *
 * @param mimes the codec's mime types followed by the Ogg ones ({@link OggFileType#oggMimes})
 * @param error makes the codec's error ({@code _Error}) with a message
 * @param info reads the stream information from the first pages ({@code _Info(fileobj)})
 * @param tags reads the comment after the information ({@code _Tags(fileobj, info)})
 * @param postTags completes the information after the comment ({@code info._post_tags(fileobj)})
 * @param inject writes the comment into a target with a padding function ({@code tags._inject})
 * @param <I> the stream information
 * @param <T> the comment
 */
public record OggCodec<I extends StreamInfo, T extends VCommentDict>(List<String> mimes,
        Function<String, MutagenError> error, InfoReader<I> info, TagsReader<I, T> tags, PostTags<I, T> postTags,
        Injector<T> inject) {

    /** Reads the stream information. */
    @FunctionalInterface
    public interface InfoReader<I> {
        /**
         * Reads it from the start of a source.
         *
         * @param source the file to read (or to edit in place)
         * @return the {@code I}
         * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
         */
        I read(FileSource source) throws IOException;
    }

    /** Reads the comment. */
    @FunctionalInterface
    public interface TagsReader<I, T> {
        /**
         * Reads it from a source, after the information's pages.
         *
         * @param source the file to read (or to edit in place)
         * @param info the stream information
         * @return the {@code T}
         * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
         */
        T read(FileSource source, I info) throws IOException;
    }

    /** Completes the information once the comment is read (the length, from the stream's last page). */
    @FunctionalInterface
    public interface PostTags<I, T> {
        /**
         * Completes {@code info}.
         *
         * @param info the stream information
         * @param source the file to read (or to edit in place)
         * @param tags the tags
         * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
         */
        void apply(I info, FileSource source, T tags) throws IOException;
    }

    /** Writes the comment. */
    @FunctionalInterface
    public interface Injector<T> {
        /**
         * Writes {@code tags} into a target with a padding function ({@code null} for mutagen's default).
         *
         * @param tags the tags
         * @param target the writable file to save into
         * @param padding the padding in bytes
         * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
         */
        void inject(T tags, FileSource target, PaddingFunction padding) throws IOException;
    }
}
