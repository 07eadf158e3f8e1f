// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * The deprecated {@code mutagen.m4a} module as mutagen 1.48.1 has it: every operation that could fail fails with
 * {@link mutagen.m4a.M4AError} ("deprecated"). Use {@link mutagen.mp4} instead.
 */
package mutagen.m4a;
