// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

/**
 * Chooses how much padding to write when tags are saved: mutagen's {@code padding=} callback.
 *
 * <p>{@code info -> 0} writes none; {@code info -> Math.max(info.padding(), 0)} never grows the file;
 * {@link PaddingInfo#defaultPadding()} is the default.
 *
 * <p>Called on the saving thread; a function shared by several threads must be thread-safe itself (the built-in ones are stateless).
 */
@FunctionalInterface
public interface PaddingFunction {
    /**
     * The number of padding bytes wanted (&gt;= 0).
     *
     * @param info the stream information
     * @return the number of padding bytes wanted (&gt;= 0)
     */
    long padding(PaddingInfo info);
}
