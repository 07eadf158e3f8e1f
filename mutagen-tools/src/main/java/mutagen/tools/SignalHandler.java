// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.PrintStream;
import java.util.concurrent.locks.ReentrantLock;

/**
 * mutagen's {@code SignalHandler}: SIGINT, SIGTERM or SIGHUP end the tool with {@code Aborted...} and exit code 1,
 * but never in the middle of writing a file: an interrupt during {@link #block} waits until the write is done.
 *
 * <p>The JVM runs shutdown hooks on those signals; ours waits for the lock that writes hold, prints the message and
 * halts. A normal exit ({@link #exit}) tells the hook to do nothing.
 */
final class SignalHandler {
    /** A piece of work that writes files. */
    interface Work {
        void run() throws Exception;
    }

    private static final ReentrantLock WRITING = new ReentrantLock();
    private static volatile boolean exiting;

    private SignalHandler() {
    }

    /** Installs the handler (the tools' {@code entry_point} does this before parsing arguments). */
    static void init(PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (exiting) {
                return;
            }
            WRITING.lock();
            err.print("Aborted...\n");
            err.flush();
            Runtime.getRuntime().halt(1);
        }, "mutagen-tools-signal"));
    }

    /** Runs the work with interrupts deferred until it is over. */
    static void block(Work work) throws Exception {
        WRITING.lock();
        try {
            work.run();
        } finally {
            WRITING.unlock();
        }
    }

    /** Exits the JVM with the code, without the hook's message. */
    static void exit(int code) {
        exiting = true;
        System.exit(code);
    }
}
