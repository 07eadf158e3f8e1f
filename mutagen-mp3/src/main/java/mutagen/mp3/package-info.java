// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * MPEG audio files (MPEG 1, 2 and 2.5, layers I to III: MP1, MP2, MP3) with ID3 tags, and their stream information.
 *
 * <p>Mirrors {@code mutagen.mp3}: {@link mutagen.mp3.MP3}, {@link mutagen.mp3.EasyMP3},
 * {@link mutagen.mp3.MPEGInfo}, {@link mutagen.mp3.BitrateMode}, the errors {@link mutagen.mp3.MP3Error}
 * ({@code mutagen.mp3.error}), {@link mutagen.mp3.HeaderNotFoundError} and {@link mutagen.mp3.InvalidMPEGHeader},
 * the module function {@code delete} ({@link mutagen.mp3.MP3#deleteFrom(java.nio.file.Path)}) and the mode
 * constants ({@link mutagen.mp3.MPEGInfo#STEREO} ...).
 * Format references: http://mpgedit.org/mpgedit/mpeg_format/mpeghdr.htm, http://gabriel.mp3-tech.org/mp3infotag.html
 * (Xing and LAME), http://wiki.hydrogenaud.io/index.php?title=LAME_version_string.
 *
 * <h2>File notes</h2>
 * <ul>
 *   <li><b>Finding the first frame.</b> From the given offset, consecutive ID3v2 headers ({@code ID3} with a
 *       syncsafe size above 0; a footer is not counted) are skipped. Then the first 1 MiB is searched for sync
 *       candidates ({@code FF} followed by a byte with its top three bits set); at most 1499 candidates are tried.
 *       At each, up to 4 consecutive frames are parsed. A frame header is rejected for the reserved version, the
 *       reserved layer, the reserved sample rate, bitrate index 15 and free format (bitrate index 0). A frame with a
 *       Xing/Info or VBRI header is trusted at once; otherwise 4 frames in a row are needed. The first run of at
 *       least 2 frames is kept as a fallback, which makes the result {@link mutagen.mp3.MPEGInfo#sketchy()}.</li>
 *   <li><b>Xing/Info</b> (layer III only) sits after the side information: 36 bytes after the sync for MPEG 1
 *       stereo, 21 for MPEG 1 mono and MPEG 2/2.5 stereo, 13 for MPEG 2/2.5 mono. With a frame count, the length is
 *       {@code samples / rate} where the LAME encoder delay and padding are subtracted from the samples (not below
 *       0); with a byte count too, the bitrate is {@code (bytes - first frame) * 8 * rate / samples}, rounded half
 *       to even.</li>
 *   <li><b>LAME</b>: a version string ({@code LAME3.99r}, {@code L3.99r} ...) follows the Xing fields; from 3.90
 *       on, an extended header gives the VBR method (hence {@link mutagen.mp3.BitrateMode}), ReplayGain track gain
 *       and peak and album gain (mutagen ignores the album gain's sign bit; reproduced), encoder delay and padding,
 *       and the preset, from which the encoder settings are guessed ({@code -V 2}, {@code --preset 128} ...). The
 *       header CRC is read but not checked, as in mutagen.</li>
 *   <li><b>VBRI</b> (Fraunhofer) at 36 bytes after the sync: version 1, byte and frame counts, and a table of
 *       contents whose presence is checked but which is not read.</li>
 *   <li>Without a frame count the length is estimated as {@code 8 * (file size - first frame offset) / bitrate},
 *       trailing tags included, as in mutagen.</li>
 *   <li>Reading is bounded: the ID3v2 headers skipped, 1 MiB of sync search in 64 KiB chunks, and 16 KiB blocks
 *       around the frames tried.</li>
 * </ul>
 *
 * <h2>The file types</h2>
 * {@link mutagen.mp3.MP3} and {@link mutagen.mp3.EasyMP3} are {@link mutagen.id3.ID3FileType}s: the ID3 tag is read
 * first (ID3v2 at the start, merged with an ID3v1 tag at the end), then the stream information from where the audio
 * starts (the ID3v2 tag's size, 0 without one), as mutagen's {@code ID3FileType.load} with {@code _Info = MPEGInfo}.
 * {@link mutagen.mp3.MPEGInfo} throws {@link mutagen.mp3.HeaderNotFoundError} ({@code "can't sync to MPEG frame"})
 * when there is no MPEG audio, and wraps channel failures in {@link mutagen.mp3.MP3Error}; both propagate from the
 * constructors as in mutagen. {@link mutagen.mp3.MP3Provider} detects the format for {@code mutagen.File}
 * ({@code MP3.score}: an {@code ID3} or layer III sync header counts 2, each of the extensions {@code .mp3},
 * {@code .mp2}, {@code .mpg}, {@code .mpeg} 1).
 */
package mutagen.mp3;
