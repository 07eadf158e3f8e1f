// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import mutagen.MutagenError;

/**
 * Python's text for operating-system errors, which mutagen shows unchanged ({@code str(OSError)}):
 * {@code [Errno 2] No such file or directory: 'x.mp3'}.
 *
 * <p>Thread-safe: static functions without state.
 */
public final class PyErrors {
    // strerror texts as glibc words them, which Java also reports as FileSystemException reasons.
    private static final Map<String, Integer> ERRNO = Map.of(
            "No such file or directory", 2,
            "Permission denied", 13,
            "Not a directory", 20,
            "Is a directory", 21,
            "File name too long", 36,
            "Too many levels of symbolic links", 40,
            "Read-only file system", 30,
            "No space left on device", 28,
            "Operation not permitted", 1);

    private PyErrors() {
    }

    /**
     * {@code [Errno N] text: 'file'}.
     *
     * @param errno the errno
     * @param text the text
     * @param file the file's path
     * @return {@code [Errno N] text: 'file'}
     */
    public static String format(int errno, String text, String file) {
        return "[Errno " + errno + "] " + text + ": " + PyRepr.str(file);
    }

    /**
     * Wraps an I/O failure on opening {@code file} as Python's {@code OSError} text.
     *
     * @param e the e
     * @param file the file's path
     * @return the {@code MutagenError}
     */
    public static MutagenError wrap(IOException e, String file) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "No such file or directory";
        } else if (e instanceof AccessDeniedException) {
            reason = "Permission denied";
        } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            reason = ((FileSystemException) e).getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        Integer errno = ERRNO.get(reason);
        String text = errno == null ? reason + ": " + PyRepr.str(file) : format(errno, reason, file);
        return new MutagenError(text, e);
    }
}
