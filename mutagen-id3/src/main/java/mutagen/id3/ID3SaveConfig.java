// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/** How frames are serialised: the major version (3 or 4) and the v2.3 separator ({@code null} keeps NULs). */
final class ID3SaveConfig {
    static final ID3SaveConfig V24 = new ID3SaveConfig(4, null);

    final int v2Version;
    final String v23Separator;

    ID3SaveConfig(int v2Version, String v23Separator) {
        if (v2Version != 3 && v2Version != 4) {
            throw new IllegalArgumentException("Only 3 or 4 allowed for v2_version");
        }
        this.v2Version = v2Version;
        this.v23Separator = v23Separator;
    }
}
