// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * APEv2 tags ({@link mutagen.apev2.APEv2}, text, binary and external values) and
 * {@link mutagen.apev2.APEv2File}, the base of every APEv2-tagged format. Mirrors {@code mutagen.apev2}.
 *
 * <p>Thread safety: a file object ({@code FileType}) and its tags and stream information are used by one thread at a
 * time; different files are independent, and the provider is stateless and thread-safe.
 */
package mutagen.apev2;
