// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.EOFException;
import java.io.IOException;
import mutagen.MutagenError;

/**
 * Makes the calling format's error for a problem found by a shared helper, so that a truncated FLAC yields a
 * {@code FLACError} and never an {@link IndexOutOfBoundsException}. Pass a constructor reference:
 * {@code FLACError::new}.
 *
 * <p>It is also the one place where an I/O failure becomes a format's error ({@link #convert}, {@link #run},
 * {@link #call}), as mutagen's {@code convert_error(IOError, error)} does: no format writes its own
 * catch-and-rethrow.
 *
 * <p>Implementations are expected to be stateless (a constructor reference) and so thread-safe.
 */
@FunctionalInterface
public interface ErrorFactory {
    /**
     * The error for the message.
     *
     * @param message mutagen's message (the text Python's error has)
     * @return the error for the message
     */
    MutagenError create(String message);

    /** The plain {@link MutagenError} factory, for callers with no format of their own. */
    ErrorFactory GENERIC = MutagenError::new;

    /** A piece of I/O work without a result. */
    @FunctionalInterface
    interface IoRun {
        /**
         * Does the work.
         *
         * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
         */
        void run() throws IOException;
    }

    /** A piece of I/O work with a result. */
    @FunctionalInterface
    interface IoCall<T> {
        /**
         * Does the work.
         *
         * @return the {@code T}
         * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
         */
        T call() throws IOException;
    }

    /** A second read of a save's edited bytes, before they are committed. */
    @FunctionalInterface
    interface Reread {
        /**
         * Reads the edited bytes as a load reads them.
         *
         * @return {@code null} when they read back as written, else why not (e.g. "it would read no tag")
         * @throws IOException if the edited bytes do not read (a {@code MutagenError} or an {@link EOFException})
         */
        String mismatch() throws IOException;
    }

    /**
     * Declines a save whose edited bytes would not open again: the rule every writer applies before it commits
     * (mutagen 1.48.1 writes such files; docs/API-MAPPING.md). When the re-read answers a reason, or fails with a
     * format error or an end of data, this throws this factory's error "cannot save: the saved file would not open
     * again (REASON)", REASON being the answer or the failure's text (its class name when it has none); the caller
     * then leaves the file unchanged. Other I/O failures pass through.
     *
     * @param reread the second read of the edited bytes
     * @throws IOException if the save must be declined (this factory's error) or reading fails
     */
    default void checkReopens(Reread reread) throws IOException {
        String why;
        try {
            why = reread.mismatch();
        } catch (MutagenError | EOFException e) {
            MutagenError error = convert(e);
            why = error.pythonStr().isEmpty() ? error.getClass().getSimpleName() : error.pythonStr();
        }
        if (why != null) {
            throw create("cannot save: the saved file would not open again (" + why + ")");
        }
    }

    /**
     * The error for an I/O failure: a {@link MutagenError} (any format's) is returned unchanged; any other failure
     * becomes this factory's error with the failure's message (Python's {@code str()} of the {@code OSError}) and
     * the failure as its cause.
     *
     * @param e the e
     * @return the error for an I/O failure: a {@link MutagenError} (any format's) is returned unchanged; any other
     *     failure becomes this factory's error with the failure's message (Python's {@code str()} of the {@code
     *     OSError}) and the failure as its cause
     */
    default MutagenError convert(IOException e) {
        return e instanceof MutagenError ? (MutagenError) e : wrap(e);
    }

    /** This factory's error for the failure, with its message and the failure as its cause. */
    private MutagenError wrap(IOException e) {
        MutagenError error = create(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        if (error.getCause() == null) {
            try {
                error.initCause(e);
            } catch (IllegalStateException alreadySet) {
                // The format's constructor set a cause of its own: keep it.
            }
        }
        return error;
    }

    /**
     * Runs the work, converting its I/O failure ({@link #convert}).
     *
     * @param work the work to do
     * @throws MutagenError if the data is invalid or cannot be read
     */
    default void run(IoRun work) throws MutagenError {
        try {
            work.run();
        } catch (IOException e) {
            throw convert(e);
        }
    }

    /**
     * Runs the work for a caller that declares exactly its format's error class {@code type}: a failure of that
     * class passes through, any other (another format's error included) becomes this factory's error, which must be
     * of that class.
     *
     * @param type the type
     * @param work the work to do
     * @param <E> the format's error class
     * @throws E what the action throws
     */
    default <E extends MutagenError> void runAs(Class<E> type, IoRun work) throws E {
        try {
            work.run();
        } catch (IOException e) {
            if (type.isInstance(e)) {
                throw type.cast(e);
            }
            MutagenError error = wrap(e);
            if (!type.isInstance(error)) {
                throw new IllegalStateException(this + " does not make " + type.getName(), error);
            }
            throw type.cast(error);
        }
    }

    /**
     * Runs the work and answers its result, converting its I/O failure ({@link #convert}).
     *
     * @param work the work to do
     * @param <T> the type of the result
     * @return its result, converting its I/O failure ({@link #convert})
     * @throws MutagenError if the data is invalid or cannot be read
     */
    default <T> T call(IoCall<T> work) throws MutagenError {
        try {
            return work.call();
        } catch (IOException e) {
            throw convert(e);
        }
    }
}
