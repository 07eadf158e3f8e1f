// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.SaveOptions;
import mutagen.util.EditPlan;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * An ASF file, probably holding WMA or WMV. Mirrors {@code mutagen.asf.ASF}: {@link #info()} and {@link #tags()}
 * (always present: an ASF file cannot be without them, so {@link #addTags()} fails), and {@link #header()}, the
 * header object as read (mutagen's {@code _header}).
 *
 * <p>Saving writes the header object again: every object as it was read (unknown ones byte for byte), the four
 * metadata objects rebuilt from the tags (added when missing: the two content descriptions at the end of the header,
 * the metadata and metadata library objects in the header extension object, itself added when missing), the padding
 * objects dropped and one padding object written at the end, sized by the padding policy. As in mutagen, the objects
 * written are those of the file loaded (plus what a save added), whatever file is saved to; only the size of the
 * target's header is read from it. {@link #delete()} removes every attribute and the padding.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class ASF extends FileType {
    /** The factory of this format's error (the one place an I/O failure becomes it). */
    static final ErrorFactory ERRORS = ASFError::new;
    private static final List<String> MIMES = mimes("audio/x-ms-wma", "audio/x-ms-wmv", "video/x-ms-asf",
            "audio/x-wma", "video/x-wmv");

    private ASFInfo info;
    private ASFTags tags;
    private ASFObject header;
    private ASFRenderer lastSave;

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public ASF(Path path) throws MutagenError {
        super(path);
        FileSource.read(path, ERRORS, source -> load(source));
    }

    /**
     * Loads from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public ASF(FileSource source) throws MutagenError {
        super(source.path());
        ERRORS.run(() -> load(source));
    }

    private void load(FileSource source) throws IOException {
        ASFParser parser = new ASFParser();
        header = parser.parseFull(source);
        info = parser.info;
        tags = new ASFTags();
        tags.setEntries(parser.tags());
    }

    @Override
    public ASFInfo info() {
        return info;
    }

    @Override
    public ASFTags tags() {
        return tags;
    }

    /**
     * The header object as read, with what saves added ({@code _header}); a live object.
     *
     * @return the header object as read, with what saves added ({@code _header}); a live object
     */
    public ASFObject header() {
        return header;
    }

    @Override
    public List<String> mime() {
        return MIMES;
    }

    /**
     * Always fails: an ASF file always has tags ({@code add_tags} raises {@code ASFError}).
     *
     * @throws ASFError always
     */
    @Override
    public void addTags() throws MutagenError {
        throw new ASFError("");
    }

    @Override
    protected void saveTags(FileSource target, SaveOptions options) throws IOException {
        ASFRenderer renderer = new ASFRenderer(tags.entries());
        lastSave = renderer;
        addMissingObjects();
        long oldSize = ASFParser.parseSize(target)[0];
        long size = target.size();
        byte[] data = renderer.renderFull(header, oldSize, size, options.padding());
        target.apply(new EditPlan(size).replace(0, oldSize, data));
    }

    @Override
    protected void deleteTags(FileSource target) throws IOException {
        tags.clear();
        saveTags(target, SaveOptions.defaults().withPadding(info -> 0));
    }

    private void addMissingObjects() {
        List<ASFObject> top = header.objects();
        if (header.child(ASFObjects.CONTENT_DESCRIPTION) == null) {
            top.add(new ASFObject(ASFObjects.CONTENT_DESCRIPTION));
        }
        if (header.child(ASFObjects.EXTENDED_CONTENT_DESCRIPTION) == null) {
            top.add(new ASFObject(ASFObjects.EXTENDED_CONTENT_DESCRIPTION));
        }
        ASFObject extension = header.child(ASFObjects.HEADER_EXTENSION);
        if (extension == null) {
            extension = new ASFObject(ASFObjects.HEADER_EXTENSION);
            top.add(extension);
        }
        if (extension.child(ASFObjects.METADATA) == null) {
            extension.objects().add(new ASFObject(ASFObjects.METADATA));
        }
        if (extension.child(ASFObjects.METADATA_LIBRARY) == null) {
            extension.objects().add(new ASFObject(ASFObjects.METADATA_LIBRARY));
        }
    }

    /**
     * What the last save put in the content description object ({@code to_content_description}).
     *
     * @return what the last save put in the content description object ({@code to_content_description})
     */
    public Map<String, ASFBaseAttribute> toContentDescription() {
        return lastSave == null ? Map.of() : lastSave.toContentDescription;
    }

    /**
     * What the last save put in the extended content description ({@code to_extended_content_description}).
     *
     * @return what the last save put in the extended content description ({@code to_extended_content_description})
     */
    public Map<String, ASFBaseAttribute> toExtendedContentDescription() {
        return lastSave == null ? Map.of() : lastSave.toExtendedContentDescription;
    }

    /**
     * What the last save put in the metadata object ({@code to_metadata}).
     *
     * @return what the last save put in the metadata object ({@code to_metadata})
     */
    public Map<String, ASFBaseAttribute> toMetadata() {
        return lastSave == null ? Map.of() : lastSave.toMetadata;
    }

    /**
     * What the last save put in the metadata library object ({@code to_metadata_library}), in order.
     *
     * @return what the last save put in the metadata library object ({@code to_metadata_library}), in order
     */
    public List<Map.Entry<String, ASFBaseAttribute>> toMetadataLibrary() {
        return lastSave == null ? List.of() : new ArrayList<>(lastSave.toMetadataLibrary);
    }

    @Override
    protected ErrorFactory errors() {
        return ERRORS;
    }
}
