// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.PaddingFunction;
import mutagen.util.FileSource;

/**
 * A generic Ogg file: mutagen's {@code OggFileType}. A codec reads its stream information from the first pages,
 * then its comment from the pages after, then the length from the stream's last page; failures become the codec's
 * error (Python's {@code _Error}), and running out of pages is "no appropriate stream found".
 */
public abstract class OggFileType extends FileType {

    /** The mime types every Ogg file type adds after its own. */
    protected static final String[] OGG_MIMES = {"application/ogg", "application/x-ogg"};

    /** Creates the file type; subclasses load in their constructors. */
    protected OggFileType(Path filename) {
        super(filename);
    }

    /** Makes this codec's error (mutagen's {@code _Error}) with a message. */
    protected abstract MutagenError error(String message);

    /** Reads the stream information, the comment and the length from a source. */
    protected abstract void loadStreams(FileSource source) throws IOException;

    /** Writes the comment into a target with a padding function ({@code null} for mutagen's default). */
    protected abstract void inject(FileSource target, PaddingFunction padding) throws IOException;

    /** Clears the tags (before {@link #deleteTags}). */
    protected abstract void clearTags();

    /** Loads from a path, as mutagen's {@code load}. */
    protected final void loadPath(Path path) throws MutagenError {
        try (FileSource source = FileSource.open(path)) {
            loadSource(source);
        } catch (IOException e) {
            throw convert(e);
        }
    }

    /** Loads from an open source (which stays open). */
    protected final void loadSource(FileSource source) throws MutagenError {
        try {
            loadStreams(source);
        } catch (IOException e) {
            throw convert(e);
        }
    }

    /**
     * The error mutagen gives for a failure while loading or saving: {@code EOFError} becomes "no appropriate stream
     * found", an Ogg error or an I/O failure becomes this codec's error with the same text, other mutagen errors (a
     * broken Vorbis comment) stay as they are.
     */
    protected final MutagenError convert(IOException e) {
        if (e instanceof EOFException) {
            return error("no appropriate stream found");
        }
        if (e instanceof OggError || !(e instanceof MutagenError)) {
            MutagenError converted = error(e instanceof MutagenError ? ((MutagenError) e).pythonStr()
                    : String.valueOf(e.getMessage()));
            if (converted.getClass() == e.getClass()) {
                return (MutagenError) e;
            }
            converted.initCause(e);
            return converted;
        }
        return (MutagenError) e;
    }

    /** Mutagen's {@code add_tags}: an Ogg file always has its comment, so this always fails. */
    @Override
    public void addTags() throws MutagenError {
        throw error("");
    }

    @Override
    protected MutagenError wrap(IOException e) {
        return convert(e);
    }

    /** Saves to the file this was loaded from with a padding function ({@code null} for mutagen's default). */
    public void save(PaddingFunction padding) throws IOException {
        Path path = filename();
        if (path == null) {
            throw new MutagenError("no file name: this file was loaded from a channel");
        }
        save(path, padding);
    }

    /** Saves to the file at a path with a padding function. */
    public void save(Path path, PaddingFunction padding) throws IOException {
        try (FileSource target = FileSource.openWritable(path)) {
            save(target, padding);
        }
    }

    /** Saves into a writable source with a padding function and commits. */
    public void save(FileSource target, PaddingFunction padding) throws IOException {
        edit(target, t -> convertingInject(t, padding));
    }

    @Override
    protected void saveTags(FileSource target) throws IOException {
        convertingInject(target, null);
    }

    /** Clears the tags and writes the empty comment with no padding (mutagen's {@code delete}). */
    @Override
    protected void deleteTags(FileSource target) throws IOException {
        clearTags();
        convertingInject(target, info -> 0);
    }

    private void convertingInject(FileSource target, PaddingFunction padding) throws IOException {
        try {
            inject(target, padding);
        } catch (IOException e) {
            throw convert(e);
        }
    }

    /** This codec's mime types followed by the Ogg ones. */
    protected static List<String> oggMimes(String... own) {
        String[] all = new String[own.length + OGG_MIMES.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(OGG_MIMES, 0, all, own.length, OGG_MIMES.length);
        return mimes(all);
    }
}
