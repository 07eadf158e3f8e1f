// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * AAC streams (ADTS and ADIF): stream information only, and an ID3v2 tag in front read. Mirrors
 * {@code mutagen.aac}: {@link mutagen.aac.AAC} is the file type, {@link mutagen.aac.AACInfo} its stream information.
 *
 * <p>Thread safety: a file object ({@code FileType}) and its tags and stream information are used by one thread at a
 * time; different files are independent, and the provider is stateless and thread-safe.
 */
package mutagen.aac;
