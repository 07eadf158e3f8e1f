// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.Set;

/**
 * The reviewed list of mutagen kinds (FileType class names, as {@code type(f).__name__}) that mutagen-java claims to
 * support. For a file whose mutagen kind is listed, our dump and our mutagen-inspect output must match exactly;
 * for any other kind ours must say "no format" ({@code File.open} empty, {@code - Unknown file type}), and the file is
 * counted as unsupported in the report, not as a failure. Add a kind here when its module is merged and added to
 * compat-tests' pom (e.g. "ID3FileType", "MP3", "FLAC").
 */
final class SupportedKinds {
    /** The kinds mutagen-java claims. */
    static final Set<String> KINDS = Set.of();

    private SupportedKinds() {
    }

    static boolean isSupported(String kind) {
        return kind != null && KINDS.contains(kind);
    }
}
