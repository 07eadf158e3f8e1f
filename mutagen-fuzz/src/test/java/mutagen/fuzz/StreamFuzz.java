// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import mutagen.FileType;

/**
 * The edit of the formats that hold no tags in mutagen (AAC, AC-3, SMF): nothing to change, so the save that
 * follows must leave a file that reopens as the same format, still without tags.
 */
final class StreamFuzz {
    private StreamFuzz() {
    }

    /** No change; the reopened file must have no tags. */
    static final FuzzFormat.Edit NO_TAGS = new FuzzFormat.Edit() {
        @Override
        public void apply(FileType file) {
        }

        @Override
        public String missing(FileType reopened) {
            return reopened.tags() == null ? null : "tags appeared on a format without tags";
        }
    };
}
