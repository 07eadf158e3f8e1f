// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Ogg helpers shared with {@code mutagen.oggflac} only (a qualified export, not public API).
 */
package mutagen.ogg.internal;
