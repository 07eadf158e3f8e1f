// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

/**
 * One Nero chapter: start in seconds and title. Mirrors {@code mutagen.mp4.Chapter}.
 *
 * <p>Thread safety: an immutable record, safe to share across threads as long as its array or collection components
 * are not changed.
 */
public record Chapter(double start, String title) {
}
