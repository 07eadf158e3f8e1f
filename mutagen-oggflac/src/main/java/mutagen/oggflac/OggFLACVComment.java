// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

import java.io.IOException;
import java.util.List;
import mutagen.PaddingFunction;
import mutagen.ogg.OggError;
import mutagen.ogg.OggPage;
import mutagen.ogg.internal.OggStreams;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import mutagen.vorbis.VCommentDict;
import mutagen.vorbis.VorbisError;

/**
 * The Vorbis comment of an Ogg FLAC stream: its second packet, a FLAC VORBIS_COMMENT block (4-byte block header,
 * then the comment without framing bit). Mirrors {@code mutagen.oggflac.OggFLACVComment}; like mutagen it writes no
 * padding and ignores a padding function.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class OggFLACVComment extends VCommentDict {
    /** The FLAC metadata block header in front of the comment. */
    private static final int BLOCK_HEADER = 4;

    /** An empty comment. */
    public OggFLACVComment() {
    }

    private OggFLACVComment(ByteReader input) throws IOException {
        super(input, Errors.REPLACE, false);
    }

    /** Reads the comment packet: the next packet of the stream from {@code offset} on. */
    static OggFLACVComment read(FileSource source, long offset, OggFLACStreamInfo info) throws IOException {
        byte[] packet = OggStreams.firstPacketOfSerial(source, offset, info.serial());
        int start = Math.min(BLOCK_HEADER, packet.length);
        return new OggFLACVComment(new ByteReader(packet, start, packet.length, 0, VorbisError::new).lenient());
    }

    /**
     * Writes this comment over the comment packet, repaged from scratch (mutagen's {@code from_packets}); the block
     * header keeps its first byte (type and last-block flag) and gets the new length. The pages rewritten are the ones
     * {@link #read} reads: those of the stream's next packet after its header page. Mutagen's writer looks instead for
     * the stream's page of sequence 1; the two are the same page in every well-formed stream, but where the header
     * page itself is numbered 1 mutagen overwrites the header packet and leaves a file it cannot reopen (found by
     * fuzzing; docs/API-MAPPING.md).
     */
    void inject(FileSource target, PaddingFunction ignored) throws IOException {
        OggFLACStreamInfo info = OggFLACStreamInfo.read(target);
        List<OggPage> oldPages = OggStreams.pagesOfSerial(target, info.headerEnd(), info.serial());
        List<byte[]> packets = OggStreams.packets(oldPages);
        if (packets.isEmpty()) {
            throw new OggError("list index out of range");
        }
        byte[] comment = write(false);
        byte[] old = packets.get(0);
        int head = Math.min(1, old.length);
        byte[] data = new byte[head + 3 + comment.length];
        System.arraycopy(old, 0, data, 0, head);
        // struct.pack(">I", len)[-3:]: the length's low 24 bits.
        data[head] = (byte) (comment.length >>> 16);
        data[head + 1] = (byte) (comment.length >>> 8);
        data[head + 2] = (byte) comment.length;
        System.arraycopy(comment, 0, data, head + 3, comment.length);
        packets.set(0, data);
        OggPage.replace(target, oldPages, OggPage.fromPackets(packets, oldPages.get(0).sequence()));
    }
}
