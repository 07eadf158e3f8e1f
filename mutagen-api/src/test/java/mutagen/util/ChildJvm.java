// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Starts {@link SaveChild} in a child JVM, optionally as another user (through {@code setpriv}, when root). */
final class ChildJvm {
    private final Path classes;

    /**
     * Copies this module's classes into {@code dir} (readable by everyone: the build folder may lie under a home
     * folder that another user cannot enter).
     */
    ChildJvm(Path dir) throws IOException {
        classes = dir.resolve("classes");
        for (Class<?> c : new Class<?>[] {FileSource.class, SaveChild.class}) {
            try {
                Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(p)) {
                    copyTree(p, classes);
                }
            } catch (java.net.URISyntaxException e) {
                throw new IOException(e);
            }
        }
        openUp(dir);
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command that runs {@link SaveChild} with these arguments, as {@code uid} when it is not negative. */
    ProcessBuilder save(int uid, List<String> props, String... args) {
        List<String> cmd = new ArrayList<>();
        if (uid >= 0) {
            cmd.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups"));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(props);
        cmd.add("-cp");
        cmd.add(classes.toString());
        cmd.add(SaveChild.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Makes a folder tree readable (and its folders enterable) by everyone. */
    static void openUp(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}
