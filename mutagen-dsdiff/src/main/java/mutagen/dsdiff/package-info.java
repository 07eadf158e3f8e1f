// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * DSDIFF files (mutagen's {@code mutagen.dsdiff}): {@link mutagen.dsdiff.DSDIFF}, {@link mutagen.dsdiff.DSDIFFInfo},
 * {@link mutagen.dsdiff.DSDIFFFile}, {@link mutagen.dsdiff.DSDIFFID3} and {@link mutagen.dsdiff.DSDIFFError}.
 * Reference: Philips' "Direct Stream Digital Interchange File Format" 1.5.
 *
 * <h2>File notes</h2>
 * <ul>
 *   <li>12-byte chunk headers: ID and a 64-bit big-endian size (unsigned). {@code FRM8} (the root) and {@code PROP}
 *       are containers with a four-byte name; {@code DST } is a container without one.</li>
 *   <li>Properties are read only from a {@code PROP} named {@code SND }: {@code FS  } exactly 4 bytes, {@code CHNL}
 *       at least 2, {@code CMPR} at least 4 (the ID, trailing spaces removed).</li>
 *   <li>The ID3v2 tag is in an {@code ID3 } chunk of the root (a common extension, not in the 1.5 specification);
 *       a new one is inserted at the end of the root.</li>
 *   <li>A {@code CMPR} ID that is not ASCII gives mutagen's decoding text as a {@link mutagen.dsdiff.DSDIFFError}
 *       (mutagen raises a bare {@code UnicodeDecodeError}).</li>
 * </ul>
 */
package mutagen.dsdiff;
