// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.Set;

/**
 * The reviewed lists of mutagen kinds (FileType class names, as {@code type(f).__name__}) and how strictly each is
 * judged.
 * <ul>
 *   <li>{@link #KINDS}, supported: our dump, edits and mutagen-inspect output must match mutagen's exactly (or be
 *   listed in known-differences.txt).</li>
 *   <li>{@link #IN_PROGRESS}: installed on our side but not yet claimed (its module is merged, a part it needs is
 *   not, e.g. MP3 before ID3): compared and reported, not failing.</li>
 *   <li>any other kind, unsupported: ours should find no format ({@code File.open} empty, {@code - Unknown file
 *   type}); when ours picks another kind instead (because mutagen's winner is not ported) that is reported too.
 *   Counted as unsupported, not a failure. A kind that ours opens but that is in neither list fails: review it
 *   into one of them.</li>
 * </ul>
 * Add a kind here when its module is merged and added to compat-tests' pom (e.g. "ID3FileType", "MP3", "FLAC").
 */
final class SupportedKinds {
    /** The kinds mutagen-java claims. */
    static final Set<String> KINDS = Set.of("FLAC", "ID3FileType", "MP3",
            "APEv2File", "WavPack", "Musepack", "MonkeysAudio", "OptimFROG",
            "WAVE", "AIFF", "DSF", "DSDIFF",
            "OggVorbis", "OggOpus", "OggSpeex", "OggTheora",
            "TAK", "TrueAudio", "MP4", "ASF", "OggFLAC",
            "AAC", "AC3", "SMF");

    /** Kinds installed but not yet claimed: reported, not failing. */
    static final Set<String> IN_PROGRESS = Set.of();

    private SupportedKinds() {
    }

    static boolean isSupported(String kind) {
        return kind != null && KINDS.contains(kind);
    }

    static boolean isInProgress(String kind) {
        return kind != null && IN_PROGRESS.contains(kind);
    }
}
