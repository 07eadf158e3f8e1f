// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * The entry points of mutagen-java, mirroring Python mutagen's top-level module: {@link mutagen.File} guesses a
 * file's format and opens it, {@link mutagen.FileType} is the opened file (stream information, tags, save and
 * delete), {@link mutagen.StreamInfo} and {@link mutagen.Tags} its parts, {@link mutagen.MutagenError} the base of
 * every error, and {@link mutagen.Options}, {@link mutagen.SaveOptions}, {@link mutagen.PaddingInfo} and
 * {@link mutagen.PaddingFunction} the options of opening and saving.
 *
 * <p>Thread safety: {@code File}'s static methods, {@code Options}, {@code SaveOptions}, {@code PaddingInfo} and
 * {@code StreamInfo} values may be shared across threads; a {@code FileType} and its {@code Tags} are used by one
 * thread at a time. Each type's Javadoc says which it is.
 */
package mutagen;
