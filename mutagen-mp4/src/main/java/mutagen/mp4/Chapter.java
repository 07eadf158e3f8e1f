// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

/** One Nero chapter: start in seconds and title. Mirrors {@code mutagen.mp4.Chapter}. */
public record Chapter(double start, String title) {
}
