// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * WAVE files (mutagen's {@code mutagen.wave}): {@link mutagen.wave.WAVE}, {@link mutagen.wave.WaveStreamInfo},
 * {@link mutagen.wave.WaveID3} and {@link mutagen.wave.WAVEError}. References: the RIFF/WAVE specification
 * (Microsoft/IBM, 1991) and http://soundfile.sapp.org/doc/WaveFormat/.
 *
 * <h2>File notes</h2>
 * <ul>
 *   <li>A {@code RIFF} root named {@code WAVE} (else {@code Expected RIFF/WAVE.}) with little-endian chunk sizes.
 *       Only the root's direct chunks are looked up: {@code fmt } (16 bytes or more, else an empty
 *       {@code InvalidChunk}), {@code data} and the tag's chunk; {@code LIST} chunks (INFO) are kept as they are.</li>
 *   <li>The tag lives in a chunk called {@code id3 } or {@code ID3 }; the first {@code ID3 } is renamed
 *       {@code id3} in memory, then the first {@code id3} is the tag's chunk. A new one is inserted as
 *       {@code id3 } at the end of the root's data as the file has it (after a truncated last chunk's bytes).</li>
 *   <li>An ID3v1 tag at the end of the file is merged into the tag on load, as for MP3 (mutagen's ID3 loader looks
 *       there); it is never written.</li>
 * </ul>
 */
package mutagen.wave;
