// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mutagen.util.ByteReader;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.SaveOptions;
import mutagen.PaddingFunction;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * A FLAC file: its metadata blocks in file order, the stream information, the Vorbis comment, pictures, cue sheet
 * and seek table.
 *
 * <p>Mirrors {@code mutagen.flac.FLAC}. Loading reads the marker (skipping an ID3v2 tag in front) and the metadata
 * blocks, never the audio. Saving writes every block back in order, replaces all padding blocks by one final padding
 * block sized by the padding function, and moves the audio only when the metadata outgrows its old region.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class FLAC extends FileType {
    /** The factory of this format's error. */
    static final ErrorFactory ERRORS = FLACError::new;

    private static final List<String> MIMES = mimes("audio/flac", "audio/x-flac", "application/x-flac");

    private final List<MetadataBlock> metadataBlocks = new ArrayList<>();
    private VCFLACDict tags;
    private CueSheet cuesheet;
    private SeekTable seektable;

    /**
     * Loads the FLAC file at a path.
     *
     * @param path the file's path
     * @throws FLACNoHeaderError when it is not a FLAC file or has no STREAMINFO block
     * @throws FLACError when the metadata is broken
     * @throws MutagenError when the file cannot be opened
     */
    public FLAC(Path path) throws MutagenError {
        super(path);
        FileSource.read(path, FLACError::new, this::load);
    }

    /**
     * Loads a FLAC file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws FLACNoHeaderError when it is not a FLAC file or has no STREAMINFO block
     * @throws FLACError when the metadata is broken or the source cannot be read
     */
    public FLAC(FileSource source) throws MutagenError {
        super(source.path());
        ERRORS.run(() -> load(source));
    }

    private void load(FileSource source) throws IOException {
        ByteReader in = FLACParser.reader(source);
        FLACParser.checkHeader(in, source.name());
        FLACParser.Blocks found = FLACParser.readBlocks(in, metadataBlocks);
        tags = found.tags;
        cuesheet = found.cuesheet;
        seektable = found.seektable;
        StreamInfo info = info();
        if (info == null) {
            throw new FLACNoHeaderError("Stream info block not found");
        }
        if (info.length() != 0) {
            info.bitrate((long) ((double) (in.lengthLong() - found.audioStart) * 8 / info.length()));
        } else {
            info.bitrate(0);
        }
    }

    /**
     * Removes the tags of the FLAC file at a path, keeping everything else (mutagen's module-level
     * {@code mutagen.flac.delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        new FLAC(path).delete(path);
    }

    /**
     * The live list of metadata blocks in file order; edits are written by {@link #save()}.
     *
     * @return the live list of metadata blocks in file order; edits are written by {@link #save()}
     */
    public List<MetadataBlock> metadataBlocks() {
        return metadataBlocks;
    }

    /** The first STREAMINFO block, or {@code null} when the list holds none (Python raises IndexError). */
    @Override
    public StreamInfo info() {
        for (MetadataBlock b : metadataBlocks) {
            if (b instanceof StreamInfo) {
                return (StreamInfo) b;
            }
        }
        return null;
    }

    /** The Vorbis comment (the first comment block read or added), or {@code null}. */
    @Override
    public VCFLACDict tags() {
        return tags;
    }

    /** Values of a tag key (see {@link VCFLACDict#get(String)}), or {@code null}. */
    @Override
    public List<String> get(String key) {
        return tags == null ? null : tags.get(key);
    }

    /**
     * The cue sheet, or {@code null}.
     *
     * @return the cue sheet, or {@code null}
     */
    public CueSheet cuesheet() {
        return cuesheet;
    }

    /**
     * Sets the cue sheet; {@link #save()} adds it to the blocks when no equal block is there.
     *
     * @param sheet the sheet
     */
    public void cuesheet(CueSheet sheet) {
        cuesheet = sheet;
    }

    /**
     * The seek table, or {@code null}.
     *
     * @return the seek table, or {@code null}
     */
    public SeekTable seektable() {
        return seektable;
    }

    /**
     * Sets the seek table; {@link #save()} adds it to the blocks when no equal block is there.
     *
     * @param table the table
     */
    public void seektable(SeekTable table) {
        seektable = table;
    }

    /**
     * The PICTURE blocks in file order (a new list).
     *
     * @return the PICTURE blocks in file order (a new list)
     */
    public List<Picture> pictures() {
        List<Picture> out = new ArrayList<>();
        for (MetadataBlock b : metadataBlocks) {
            if (b instanceof Picture) {
                out.add((Picture) b);
            }
        }
        return out;
    }

    /**
     * Appends a picture block.
     *
     * @param picture the picture
     */
    public void addPicture(Picture picture) {
        metadataBlocks.add(picture);
    }

    /** Removes every picture block. */
    public void clearPictures() {
        metadataBlocks.removeIf(b -> b.code() == Picture.CODE);
    }

    /**
     * Appends an empty Vorbis comment block.
     *
     * @throws FLACVorbisError when the file has one already
     */
    @Override
    public void addTags() throws FLACVorbisError {
        if (tags != null) {
            throw new FLACVorbisError("a Vorbis comment already exists");
        }
        tags = new VCFLACDict();
        metadataBlocks.add(tags);
    }

    @Override
    public List<String> mime() {
        return MIMES;
    }

    /**
     * Saves to the file this was loaded from, with the given options.
     *
     * @param deleteId3 the delete id3
     * @param padding the padding in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(boolean deleteId3, PaddingFunction padding) throws IOException {
        Path path = filename();
        if (path == null) {
            throw new MutagenError("no file name: this file was loaded from a channel");
        }
        save(path, deleteId3, padding);
    }

    /**
     * Saves to the file this was loaded from with a padding function ({@code null} for mutagen's default).
     *
     * @param padding the padding in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(PaddingFunction padding) throws IOException {
        save(false, padding);
    }

    /**
     * Saves to the FLAC file at a path.
     *
     * @param deleteId3 also remove an ID3v2 tag in front and an ID3v1 tag at the end
     * @param padding chooses the final padding ({@code null} for mutagen's default)
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(Path path, boolean deleteId3, PaddingFunction padding) throws IOException {
        save(path, FLACSaveOptions.defaults().withDeleteId3(deleteId3).withPadding(padding));
    }

    /**
     * Saves into a writable source and commits the change.
     *
     * @param target the writable file to save into
     * @param deleteId3 the delete id3
     * @param padding the padding in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(FileSource target, boolean deleteId3, PaddingFunction padding) throws IOException {
        save(target, FLACSaveOptions.defaults().withDeleteId3(deleteId3).withPadding(padding));
    }

    @Override
    protected void saveTags(FileSource target) throws IOException {
        saveBlocks(target, false, null);
    }

    /** Saves with FLAC's options ({@link FLACSaveOptions#of} for another format's options). */
    @Override
    protected void saveTags(FileSource target, SaveOptions options) throws IOException {
        FLACSaveOptions o = FLACSaveOptions.of(options);
        saveBlocks(target, o.deleteId3(), o.padding());
    }

    private void saveBlocks(FileSource target, boolean deleteId3, PaddingFunction padding) throws IOException {
        if (cuesheet != null && !metadataBlocks.contains(cuesheet)) {
            metadataBlocks.add(cuesheet);
        }
        if (seektable != null && !metadataBlocks.contains(seektable)) {
            metadataBlocks.add(seektable);
        }
        FLACWriter.save(target, target.name(), metadataBlocks, deleteId3, padding);
    }

    /** Writes every block except the comment blocks with no padding, then clears the tags (mutagen's delete). */
    @Override
    protected void deleteTags(FileSource target) throws IOException {
        if (tags == null) {
            return;
        }
        List<MetadataBlock> kept = new ArrayList<>();
        for (MetadataBlock b : metadataBlocks) {
            if (b.code() != VCFLACDict.CODE) {
                kept.add(b);
            }
        }
        FLACWriter.save(target, target.name(), kept, false, info -> 0);
        metadataBlocks.removeIf(b -> b.code() == VCFLACDict.CODE && b != tags);
        tags.clear();
    }

    @Override
    protected ErrorFactory errors() {
        return ERRORS;
    }
}
