// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * True Audio files: stream information and ID3 tags. Mirrors {@code mutagen.trueaudio}.
 *
 * <p>Thread safety: a file object ({@code FileType}) and its tags and stream information are used by one thread at a
 * time; different files are independent, and the provider is stateless and thread-safe.
 */
package mutagen.trueaudio;
