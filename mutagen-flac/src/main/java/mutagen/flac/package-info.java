// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * FLAC files (<a href="https://xiph.org/flac/format.html">format</a>). Mirrors {@code mutagen.flac}.
 *
 * <p>File notes: after {@code fLaC} come metadata blocks, each with a 1-byte header (bit 7 = last block, bits 0-6 =
 * type) and a 24-bit big-endian length: 0 {@link mutagen.flac.StreamInfo}, 1 {@link mutagen.flac.Padding},
 * 2 {@link mutagen.flac.Application}, 3 {@link mutagen.flac.SeekTable}, 4 {@link mutagen.flac.VCFLACDict},
 * 5 {@link mutagen.flac.CueSheet}, 6 {@link mutagen.flac.Picture}; other types are kept as
 * {@link mutagen.flac.RawBlock}. Quirks reproduced from mutagen 1.48.1:
 * <ul>
 *   <li>An ID3v2 tag in front of {@code fLaC} is skipped (its footer flag is ignored) and can be removed on save.</li>
 *   <li>The sizes of VORBIS_COMMENT and PICTURE blocks are not trusted: the payload is parsed and its real size
 *       used. When that real size exceeds 2^24 - 1, the original header size is written back on save.</li>
 *   <li>Only the first comment block is the tags; later ones are kept. A second CUESHEET or SEEKTABLE is an
 *       error.</li>
 *   <li>Saving drops every padding block and appends one final padding block sized by the
 *       {@link mutagen.PaddingFunction} (at most 2^24 - 1 bytes); blocks keep their order.</li>
 * </ul>
 */
package mutagen.flac;
