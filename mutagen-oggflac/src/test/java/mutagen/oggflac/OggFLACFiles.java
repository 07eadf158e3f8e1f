// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.ogg.OggPage;
import mutagen.util.FileSource;

/** Page surgery for the hostile-header tests. */
final class OggFLACFiles {
    private OggFLACFiles() {
    }

    /** The first page of a file. */
    static byte[] firstPage(Path path) throws IOException {
        try (FileSource source = FileSource.open(path)) {
            return OggPage.read(source, 0).write();
        }
    }

    /** A copy of the first packet of a page's bytes. */
    static byte[] firstPacket(byte[] page) throws IOException {
        return OggPage.read(FileSource.of(page, ""), 0).packets().get(0).clone();
    }

    /** The page with its first packet replaced. */
    static byte[] withFirstPacket(byte[] page, byte[] packet) throws IOException {
        OggPage p = OggPage.read(FileSource.of(page, ""), 0);
        p.packets(List.of(packet));
        return p.write();
    }
}
