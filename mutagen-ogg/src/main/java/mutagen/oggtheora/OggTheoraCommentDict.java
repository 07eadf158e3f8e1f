// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggtheora;

import java.io.IOException;
import mutagen.PaddingFunction;
import mutagen.ogg.OggPage;
import mutagen.ogg.internal.OggStreams;
import mutagen.util.FileSource;
import mutagen.vorbis.VCommentDict;
import mutagen.util.ByteReader;
import mutagen.vorbis.VorbisError;

/**
 * Theora comments embedded in an Ogg bitstream: the packet after {@code \x81theora}, without a framing bit. Mirrors
 * {@code mutagen.oggtheora.OggTheoraCommentDict}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class OggTheoraCommentDict extends VCommentDict {
    static final byte[] MAGIC = OggStreams.magic("\u0081theora");

    private long padding;

    /** An empty comment. */
    public OggTheoraCommentDict() {
    }

    private OggTheoraCommentDict(ByteReader input) throws IOException {
        super(input, Errors.REPLACE, false);
    }

    /** Reads the comment packet: the next packet of the stream from {@code offset} on. */
    static OggTheoraCommentDict read(FileSource source, long offset, OggTheoraInfo info) throws IOException {
        byte[] packet = OggStreams.firstPacketOrNull(source, offset, info.serial());
        if (packet == null) {
            throw new OggTheoraError("Missing metadata packet");
        }
        int start = Math.min(7, packet.length);
        OggTheoraCommentDict tags = new OggTheoraCommentDict(new ByteReader(packet, start, packet.length, 0, VorbisError::new).lenient());
        tags.padding = packet.length - start - tags.loadedSize();
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

    /** Writes this comment over the comment packet of the first Theora stream in the target. */
    void inject(FileSource target, PaddingFunction function) throws IOException {
        OggPage page = OggPage.read(target, 0);
        while (!OggStreams.hasPacketStartingWith(page, MAGIC)) {
            page = OggPage.read(target, page.end());
        }
        OggStreams.replaceFirstPacket(target, page, MAGIC, write(false), function);
    }
}
