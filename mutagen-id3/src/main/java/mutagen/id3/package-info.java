// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * ID3v2.2/2.3/2.4 and ID3v1 tags: mirrors {@code mutagen.id3}.
 *
 * <h2>Structure</h2>
 * <ul>
 *   <li>{@link mutagen.id3.ID3} is a file's tag ({@code Metadata}); its frames live in an
 *       {@link mutagen.id3.ID3Tags} (keyed by {@link mutagen.id3.Frame#hashKey()}). Python's {@code ID3} is both;
 *       here {@code ID3} delegates to {@link mutagen.id3.ID3#frames()}.</li>
 *   <li>Every frame class (176: the 105 of {@link mutagen.id3.Frames#v23()} and the 71 v2.2 ones of
 *       {@link mutagen.id3.Frames#v22()}) declares its fields as a {@link mutagen.id3.Spec} list; one interpreter in
 *       {@link mutagen.id3.Frame} reads and writes all of them. Frames are mutable, as in mutagen (EasyID3, the
 *       v2.3/v2.4 translation and users change fields in place); {@link mutagen.id3.Frame#copy()} copies.</li>
 *   <li>{@link mutagen.id3.ID3v1} parses and makes ID3v1.1 tags.</li>
 *   <li>{@link mutagen.id3.ID3FileType} is any file starting with an ID3v2 tag; MP3 and TrueAudio subclass it.</li>
 * </ul>
 *
 * <h2>Subclassing ID3FileType (MP3, TrueAudio)</h2>
 * A format whose stream follows an ID3v2 tag extends {@link mutagen.id3.ID3FileType} and overrides
 * <pre>{@code protected StreamInfo loadInfo(FileSource source, long offset) throws IOException}</pre>
 * which the constructor calls after the tag was read; {@code offset} is the ID3v2 tag size including its header
 * ({@code tags.size} in mutagen; 0 when there is no ID3v2 tag), i.e. where the audio starts. Because it runs inside
 * the constructor it must not use fields of the subclass. Subclass constructors call
 * {@code super(path, source, options, view)} (the protected constructor; {@code source} may be null to open
 * {@code path}; {@code view} is null for {@link mutagen.id3.ID3} tags, {@code EasyID3::wrap} for easy ones). Saving, deleting and
 * {@link mutagen.id3.ID3FileType#addTags()} are inherited; {@code save(Path, ID3SaveOptions)} carries mutagen's
 * {@code v1}, {@code v2_version}, {@code v23_sep} and {@code padding} keyword arguments. Override
 * {@link mutagen.FileType#mime()} for the format's mime types.
 *
 * <h2>File notes</h2>
 * <ul>
 *   <li>Specifications: id3.org id3v2.4.0-structure, id3v2.4.0-frames, id3v2.3.0, id3v2-00 (v2.2), ID3v1.</li>
 *   <li>The tag size must be syncsafe; v2.4 frame sizes are detected as syncsafe or plain (old iTunes wrote plain
 *       integers) by counting known frames both ways, as mutagen's {@code determine_bpi} does.</li>
 *   <li>Unsynchronisation is undone for the whole tag (v2.2/2.3) or per frame (v2.4); invalid unsynchronised data
 *       is used as it is. Compressed frames are inflated; encrypted and unknown frames are kept raw in
 *       {@link mutagen.id3.ID3#unknownFrames()} and written back only into a tag of the same major version.</li>
 *   <li>Saving writes v2.4 (or v2.3) with no tag-level flags, terminators after every text value, UTF-16 as
 *       {@code FF FE} + little-endian, frames ordered as mutagen orders them, padding per
 *       {@link mutagen.PaddingInfo} with the file size from the tag start as content size. When the new tag fits
 *       the old region only the tag bytes (and an ID3v1 tag at the end) are written.</li>
 *   <li>Loading reads the 10-byte header, then the whole tag in one bounded read after checking its size against
 *       the file size, then at most 131 bytes at the end for an ID3v1 tag.</li>
 * </ul>
 */
package mutagen.id3;
