// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Standard MIDI Files: the length only, no tags. Mirrors {@code mutagen.smf}.
 *
 * <p>Thread safety: a file object ({@code FileType}) and its tags and stream information are used by one thread at a
 * time; different files are independent, and the provider is stateless and thread-safe.
 */
package mutagen.smf;
