// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * AIFF and AIFF-C files (mutagen's {@code mutagen.aiff}): {@link mutagen.aiff.AIFF}, {@link mutagen.aiff.AIFFInfo},
 * {@link mutagen.aiff.AIFFFile}, {@link mutagen.aiff.IFFID3} and {@link mutagen.aiff.AIFFError}. References: Apple's
 * "Audio Interchange File Format" 1.3 and the AIFF-C draft (1991).
 *
 * <h2>File notes</h2>
 * <ul>
 *   <li>A {@code FORM} root (named {@code AIFF} or {@code AIFC}; the name is not checked) with big-endian sizes.
 *       {@code COMM} (18 bytes or more) gives the stream information; AIFF-C's longer {@code COMM} (compression
 *       type and name) is read the same way.</li>
 *   <li>The sample rate is an 80-bit IEEE 754 extended float: sign and 15-bit exponent, then a 64-bit mantissa
 *       with an explicit integer bit. It is converted as mutagen does (mantissa rounded to a double, times
 *       2^(exponent - 16383 - 63)) and truncated to an integer; exponent 0x7FFF, an overflow or a negative result
 *       is {@code Invalid sample rate}.</li>
 *   <li>The tag is in the first {@code ID3 } chunk of the root; a new one is inserted at the end of the root.</li>
 * </ul>
 */
package mutagen.aiff;
