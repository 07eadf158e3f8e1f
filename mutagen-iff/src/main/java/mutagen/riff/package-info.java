// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * RIFF files (mutagen's {@code mutagen._riff}): {@link mutagen.riff.RiffFile}, a {@code RIFF} root with
 * little-endian 32-bit sizes and {@code LIST} containers, over the chunks of {@link mutagen.iff}.
 */
package mutagen.riff;
