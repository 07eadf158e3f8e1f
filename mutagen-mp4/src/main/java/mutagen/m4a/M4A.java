// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.m4a;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.StreamInfo;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * Mirrors the deprecated {@code mutagen.m4a.M4A}: loading a file always fails ("deprecated"); an instance made
 * without a file has no stream information and takes empty {@link M4ATags}. Its score is 0, so
 * {@code mutagen.File} never picks it (it has no provider).
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
@Deprecated
public class M4A extends FileType {
    private static final List<String> MIMES = mimes("audio/mp4", "audio/x-m4a", "audio/mpeg4", "audio/aac");

    private M4ATags tags;

    /** An instance without a file ({@code M4A()}). */
    public M4A() {
        super(null);
    }

    /**
     * Always fails: with the open error when the file cannot be opened (mutagen's {@code loadfile} opens it first),
     * else with {@link M4AError} "deprecated".
     *
     * @param path the file's path
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public M4A(Path path) throws MutagenError {
        super(path);
        FileSource.read(path, ErrorFactory.GENERIC, opened -> {
            throw new M4AError("deprecated");
        });
    }

    /**
     * Always fails ("deprecated"), as mutagen's module-level {@code delete}.
     *
     * @param path the file's path
     * @throws M4AError if the data is invalid or cannot be read
     */
    public static void deleteFrom(Path path) throws M4AError {
        throw new M4AError("deprecated");
    }

    /**
     * mutagen's {@code M4A.score}: always 0.
     *
     * @return mutagen's {@code M4A.score}: always 0
     */
    public static int score() {
        return 0;
    }

    /** {@code None}: nothing is ever loaded. */
    @Override
    public StreamInfo info() {
        return null;
    }

    @Override
    public M4ATags tags() {
        return tags;
    }

    @Override
    public List<String> mime() {
        return MIMES;
    }

    /** Sets empty tags (mutagen replaces any it had). */
    @Override
    public void addTags() {
        tags = new M4ATags();
    }
}
