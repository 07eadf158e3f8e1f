// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.SaveOptions;
import mutagen.StreamInfo;
import mutagen.id3.ID3LoadOptions;
import mutagen.id3.ID3SaveOptions;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * The shared part of the chunked file types whose tags are an {@link IffID3} (WAVE, AIFF, DSDIFF): loading the tag,
 * {@code addTags}, and saving and deleting through the tag, as mutagen's {@code FileType.save}/{@code delete} do
 * (nothing happens when the file has no tags). Saving takes {@link ID3SaveOptions} (v2.3/v2.4, separator,
 * padding).
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public abstract class IffFileType extends FileType {
    private IffID3 tags;

    /** Creates the file type; subclasses then call {@link #open}. */
    protected IffFileType(Path filename) {
        super(filename);
    }

    /** A new, empty tag of this format (mutagen's {@code _IFFID3()}, {@code _WaveID3()}, ...). */
    protected abstract IffID3 newTags();

    /** This format's error with a message (mutagen's module-level {@code error}). */
    protected abstract MutagenError error(String message);

    /** Reads the stream information and the tag from the source, in mutagen's order for the format. */
    protected abstract void load(FileSource source, ID3LoadOptions options) throws IOException;

    /** Reads the stream information from the source as a load does, to check a save before it is committed. */
    protected abstract StreamInfo readInfo(FileSource source) throws IOException;

    /** Loads from the source, or from the path when {@code source} is null; I/O failures become the format's error. */
    protected final void open(Path path, FileSource source, ID3LoadOptions options) throws MutagenError {
        if (source != null) {
            errors().run(() -> load(source, options));
        } else {
            FileSource.read(path, errors(), own -> load(own, options));
        }
    }

    /** Loads the tag; {@code tags()} is null afterwards when the file has no ID3 chunk or no tag in it. */
    protected final void loadTags(FileSource source, ID3LoadOptions options) throws IOException {
        IffID3 tag = newTags();
        tags = tag.loadTag(source, options, this::error) ? tag : null;
    }

    /**
     * {@link #loadTags(FileSource, ID3LoadOptions)} on the chunk tree the format has already read from the source.
     *
     * @param source the file to read
     * @param file the source's chunk tree
     * @param options the ID3 load options
     * @throws IOException if reading fails, or the data is invalid (a {@code MutagenError})
     */
    protected final void loadTags(FileSource source, IffFile file, ID3LoadOptions options) throws IOException {
        IffID3 tag = newTags();
        tags = tag.loadTag(source, file, options, this::error) ? tag : null;
    }

    @Override
    public IffID3 tags() {
        return tags;
    }

    /**
     * Adds an empty tag.
     *
     * @throws MutagenError (the format's error) {@code an ID3 tag already exists}
     */
    @Override
    public void addTags() throws MutagenError {
        if (tags != null) {
            throw error("an ID3 tag already exists");
        }
        tags = newTags();
    }

    /** Saves with ID3's options ({@link ID3SaveOptions#of} for another format's options). */
    @Override
    protected void saveTags(FileSource target, SaveOptions options) throws IOException {
        if (tags != null) {
            tags.save(target, ID3SaveOptions.of(options));
            checkReopens(target);
        }
    }

    /**
     * Declines a save whose result would not open again with this tag: the edited bytes, not yet committed, are read
     * as a load reads them (stream information, then the tag), and a failure, no tag or an empty tag where frames
     * were written fails the save with the format's error "cannot save: the saved file would not open again
     * (REASON)", the file unchanged. Mutagen 1.48.1 writes such files (found by fuzzing: damaged chunk trees whose
     * resize moves or hides the chunks its reader looks for; docs/API-MAPPING.md).
     */
    private void checkReopens(FileSource target) throws IOException {
        errors().checkReopens(() -> {
            readInfo(target);
            IffID3 again = newTags();
            return again.loadTag(target, ID3LoadOptions.defaults(), this::error)
                    && (tags.keys().isEmpty() || !again.keys().isEmpty()) ? null : "it would read no tag";
        });
    }

    @Override
    protected void deleteTags(FileSource target) throws IOException {
        if (tags != null) {
            tags.delete(target, true, true);
        }
    }

    @Override
    protected ErrorFactory errors() {
        return this::error;
    }
}
