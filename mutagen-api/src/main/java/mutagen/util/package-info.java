// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Shared binary helpers that every format module reuses: byte and bit reading ({@link mutagen.util.ByteReader},
 * {@link mutagen.util.BitReader}, {@link mutagen.util.Bytes}), file sources and in-place editing
 * ({@link mutagen.util.FileSource}, {@link mutagen.util.FileEdit}, {@link mutagen.util.SaveMode}), in-memory channels
 * ({@link mutagen.util.MemoryChannel}), text decoding ({@link mutagen.util.Text}), bounds ({@link mutagen.util.Limits}),
 * Python-compatible printing and errors ({@link mutagen.util.PyRepr}, {@link mutagen.util.PyErrors}) and Python's
 * string helpers (parsing, stripping, code-point order, {@code fnmatch}: {@link mutagen.util.PyCompat}).
 *
 * <p>Thread safety: the static helpers are thread-safe; sources, readers, channels and edits are used by one thread
 * at a time. Each type's Javadoc says which it is.
 */
package mutagen.util;
