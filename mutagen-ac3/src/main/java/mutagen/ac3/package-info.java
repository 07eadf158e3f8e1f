// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * AC-3 and E-AC-3 streams: stream information only. Mirrors {@code mutagen.ac3}: {@link mutagen.ac3.AC3} is the
 * file type, {@link mutagen.ac3.AC3Info} its stream information.
 *
 * <p>Thread safety: a file object ({@code FileType}) and its tags and stream information are used by one thread at a
 * time; different files are independent, and the provider is stateless and thread-safe.
 */
package mutagen.ac3;
