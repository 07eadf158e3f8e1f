// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggvorbis;

import java.io.IOException;
import mutagen.PaddingFunction;
import mutagen.ogg.OggPage;
import mutagen.ogg.internal.OggStreams;
import mutagen.util.FileSource;
import mutagen.vorbis.VCommentDict;
import mutagen.util.ByteReader;
import mutagen.vorbis.VorbisError;

/**
 * Vorbis comments embedded in an Ogg bitstream: the second packet of the stream, after {@code \x03vorbis}. Mirrors
 * {@code mutagen.oggvorbis.OggVCommentDict}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class OggVCommentDict extends VCommentDict {
    static final byte[] MAGIC = OggStreams.magic("\u0003vorbis");

    private long padding;

    /** An empty comment. */
    public OggVCommentDict() {
    }

    private OggVCommentDict(ByteReader input) throws IOException {
        super(input, Errors.REPLACE, true);
    }

    /** Reads the comment packet: the next packet of the stream from {@code offset} on. */
    static OggVCommentDict read(FileSource source, long offset, OggVorbisInfo info) throws IOException {
        byte[] packet = OggStreams.firstPacketOfSerial(source, offset, info.serial());
        int start = Math.min(7, packet.length);
        OggVCommentDict tags = new OggVCommentDict(new ByteReader(packet, start, packet.length, 0, VorbisError::new).lenient());
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

    /** Writes this comment over the comment packet of the first Vorbis stream in the target. */
    void inject(FileSource target, PaddingFunction function) throws IOException {
        OggPage page = OggPage.read(target, 0);
        while (!OggStreams.startsWith(page, MAGIC)) {
            page = OggPage.read(target, page.end());
        }
        OggStreams.replaceFirstPacket(target, page, MAGIC, write(), function);
    }
}
