// SPDX-License-Identifier: GPL-2.0-or-later
/** MP4 tags seen as a simple mapping of keys to lists of strings. Mirrors {@code mutagen.easymp4}. */
package mutagen.easymp4;
