// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * The {@code mutagen-all} aggregate: one dependency (module {@code mutagen.all}) that brings the API and every
 * format module; {@link mutagen.all.AllFormats} lists the kinds of file it can open.
 *
 * <p>Thread safety: {@code AllFormats} is stateless and thread-safe.
 */
package mutagen.all;
