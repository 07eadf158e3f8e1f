// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Chunked files (mutagen's {@code mutagen._iff}): {@link mutagen.iff.IffChunk} trees read from and edited through a
 * {@link mutagen.util.FileSource}, {@link mutagen.iff.IffFile}, the header layouts of {@link mutagen.iff.ChunkLayout}
 * (RIFF, AIFF, DSDIFF), FOURCC checks ({@link mutagen.iff.ChunkIds}) and {@link mutagen.iff.IffID3}, ID3 in a chunk.
 *
 * <h2>File notes</h2>
 * <ul>
 *   <li><b>Headers.</b> A four-byte ID (ASCII; trailing whitespace removed; then 1 to 4 characters from space to
 *       {@code ~}) and the data size: 32 bits little-endian (RIFF), 32 bits big-endian (AIFF) or 64 bits big-endian
 *       (DSDIFF, 12-byte headers). Odd-sized data is followed by one padding byte, not counted in the size.</li>
 *   <li><b>Containers</b> ({@code RIFF}, {@code LIST}, {@code FORM}, {@code FRM8}, {@code PROP}: a four-byte name
 *       first; DSDIFF's {@code DST } has none) hold chunks up to their claimed end. Reading stops quietly at a
 *       header cut short or an invalid ID (mutagen's {@code EmptyChunk}/{@code InvalidChunk}); a container name that
 *       is not ASCII is an {@link mutagen.iff.IffError}.</li>
 *   <li><b>Truncated chunks</b> are tolerated: a chunk may claim more than the file holds. Reads get what is there;
 *       a resize moves only the bytes that are there; the sizes written are the claimed size plus the change, as
 *       mutagen writes them. Nothing is allocated for a claimed size before it is checked against the file.</li>
 *   <li><b>Edits.</b> Inserting a chunk puts it at the end of the root's data as the file has it; resizing and
 *       deleting fix the size field of every parent. A size that its field cannot hold (mutagen's
 *       {@code struct.error}) and a delete of a chunk that runs past the end of the file (mutagen's
 *       {@code ValueError}) are {@link mutagen.iff.IffError}s here.</li>
 * </ul>
 */
package mutagen.iff;
