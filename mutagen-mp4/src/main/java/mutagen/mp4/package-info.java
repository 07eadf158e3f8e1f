// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * MPEG-4 audio files (M4A, M4B, MP4, 3GP): atoms, iTunes tags ({@link mutagen.mp4.MP4Tags}), cover art,
 * free-form values, chapters and stream information. Mirrors {@code mutagen.mp4}; {@link mutagen.mp4.MP4} is the
 * file type.
 *
 * <p>Thread safety: a file object ({@code FileType}) and its tags and stream information are used by one thread at a
 * time; different files are independent, and the provider is stateless and thread-safe.
 */
package mutagen.mp4;
