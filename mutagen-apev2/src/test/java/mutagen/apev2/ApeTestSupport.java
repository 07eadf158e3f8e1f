// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import mutagen.testkit.TestFiles;

/** Paths and file helpers of the APEv2 tests. */
final class ApeTestSupport {
    static final Path SAMPLE = TestFiles.corpus("click.mpc");
    static final Path OLD = TestFiles.corpus("oldtag.apev2");
    static final Path BROKEN = TestFiles.corpus("brokentag.apev2");

    private ApeTestSupport() {
    }

    static Path copy(Path original, Path dir) {
        return TestFiles.tempCopy(original, dir);
    }

    static Path empty(Path dir, String name) {
        try {
            return Files.createFile(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void append(Path p, byte[] data) {
        try {
            Files.write(p, data, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code b"TAG" + b"\x00" * 125}: an empty ID3v1 tag. */
    static byte[] id3v1() {
        byte[] tag = new byte[128];
        tag[0] = 'T';
        tag[1] = 'A';
        tag[2] = 'G';
        return tag;
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
