// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * DSF files (mutagen's {@code mutagen.dsf}): {@link mutagen.dsf.DSF}, {@link mutagen.dsf.DSFInfo},
 * {@link mutagen.dsf.DSFFile}, {@link mutagen.dsf.FormatChunk}, {@link mutagen.dsf.DSFID3} and
 * {@link mutagen.dsf.DSFError}. Reference: Sony's "DSF File Format Specification" 1.01.
 *
 * <h2>File notes</h2>
 * <ul>
 *   <li>Three chunks at fixed offsets, all little-endian: {@code DSD } at 0 (size 28, total file size, metadata
 *       pointer), {@code fmt } at 28 (size 52, version 1, format 0 = DSD raw, channel type, channels, rate, bits per
 *       sample, sample count, block size), {@code data} at 80 (size 12 or more).</li>
 *   <li>The ID3v2 tag is at the metadata pointer, normally at the end of the file; 0 means no tag. Saving writes the
 *       tag there (the end of the file for a new one), cuts the file after it and stores the new total size;
 *       deleting sets the pointer to 0 and cuts the file at the old pointer, leaving the total size as it was (as
 *       mutagen does).</li>
 *   <li>Differences from mutagen, for hostile files only: a rate of 0 gives a length of 0 (mutagen's property
 *       raises {@code ZeroDivisionError}); a save whose pointer lies more than 16 MiB past the end of the file is a
 *       {@link mutagen.dsf.DSFError} (mutagen fills the gap with zeros); a delete whose pointer lies past the end
 *       does not extend the file.</li>
 * </ul>
 */
package mutagen.dsf;
