// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggopus;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import mutagen.PaddingFunction;
import mutagen.ogg.OggPage;
import mutagen.ogg.internal.OggStreams;
import mutagen.util.FileSource;
import mutagen.vorbis.VCommentDict;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.vorbis.VorbisError;

/**
 * Opus comments embedded in an Ogg bitstream: the {@code OpusTags} packet, without a framing bit. Data after the
 * comment whose first byte has its lowest bit set is kept as it is (it is not padding). Mirrors
 * {@code mutagen.oggopus.OggOpusVComment}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class OggOpusVComment extends VCommentDict {
    static final byte[] MAGIC = OggStreams.magic("OpusTags");

    private long padding;
    private byte[] padData = new byte[0];
    private long end;

    /** An empty comment. */
    public OggOpusVComment() {
    }

    private OggOpusVComment(ByteReader input) throws IOException {
        super(input, Errors.REPLACE, false);
    }

    /** The pages of the stream's {@code OpusTags} packet from {@code offset} on. */
    private static List<OggPage> commentPages(FileSource source, long offset, long serial) throws IOException {
        OggPage page = OggPage.read(source, offset);
        while (page.serial() != serial || !OggStreams.startsWith(page, MAGIC)) {
            page = OggPage.read(source, page.end());
        }
        return OggStreams.collect(source, page);
    }

    /** Reads the comment from the pages after the identification header. */
    static OggOpusVComment read(FileSource source, long offset, OggOpusInfo info) throws IOException {
        List<OggPage> pages = commentPages(source, offset, info.serial());
        byte[] packet = OggStreams.firstPacket(pages);
        int start = Math.min(8, packet.length);
        OggOpusVComment tags = new OggOpusVComment(new ByteReader(packet, start, packet.length, 0, VorbisError::new).lenient());
        int after = start + (int) tags.loadedSize();
        tags.padding = packet.length - after;
        if (after < packet.length && (packet[after] & 1) != 0) {
            tags.padData = Arrays.copyOfRange(packet, after, packet.length);
            tags.padding = 0;
        }
        tags.end = pages.get(pages.size() - 1).end();
        return tags;
    }

    /**
     * The bytes after the comment in its packet when it was read (mutagen's {@code _padding}).
     *
     * @return the bytes after the comment in its packet when it was read (mutagen's {@code _padding})
     */
    public long padding() {
        return padding;
    }

    /** The offset after the comment's last page when it was read. */
    long end() {
        return end;
    }

    /** Writes this comment over the {@code OpusTags} packet of the first Opus stream in the target. */
    void inject(FileSource target, PaddingFunction function) throws IOException {
        OggOpusInfo info = OggOpusInfo.read(target);
        List<OggPage> oldPages = commentPages(target, info.headerEnd(), info.serial());
        List<byte[]> packets = OggStreams.packets(oldPages);
        byte[] data = Bytes.concat(MAGIC, write(false));
        if (padData.length != 0) {
            // What follows is not padding and its structure is unknown: keep it, add none.
            byte[] kept = Arrays.copyOf(data, data.length + padData.length);
            System.arraycopy(padData, 0, kept, data.length, padData.length);
            packets.set(0, kept);
        } else {
            packets.set(0, OggStreams.padded(data, packets.get(0).length, target, function));
        }
        OggStreams.replace(target, oldPages, packets);
    }
}
