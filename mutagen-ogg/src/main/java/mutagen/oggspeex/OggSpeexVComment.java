// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggspeex;

import java.io.IOException;
import mutagen.PaddingFunction;
import mutagen.ogg.OggPage;
import mutagen.ogg.internal.OggStreams;
import mutagen.util.FileSource;
import mutagen.vorbis.VCommentDict;
import mutagen.util.ByteReader;
import mutagen.vorbis.VorbisError;

/**
 * Speex comments embedded in an Ogg bitstream: the packet after the header, a Vorbis comment without magic or framing
 * bit. Mirrors {@code mutagen.oggspeex.OggSpeexVComment}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class OggSpeexVComment extends VCommentDict {
    private long padding;

    /** An empty comment. */
    public OggSpeexVComment() {
    }

    private OggSpeexVComment(ByteReader input) throws IOException {
        super(input, Errors.REPLACE, false);
    }

    /** Reads the comment packet: the next packet of the stream from {@code offset} on. */
    static OggSpeexVComment read(FileSource source, long offset, OggSpeexInfo info) throws IOException {
        byte[] packet = OggStreams.firstPacketOfSerial(source, offset, info.serial());
        OggSpeexVComment tags = new OggSpeexVComment(new ByteReader(packet, VorbisError::new).lenient());
        tags.padding = packet.length - tags.loadedSize();
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

    /** Writes this comment over the comment packet of the first Speex stream in the target. */
    void inject(FileSource target, PaddingFunction function) throws IOException {
        OggPage page = OggPage.read(target, 0);
        while (!OggStreams.startsWith(page, OggSpeexInfo.ID_MAGIC)) {
            page = OggPage.read(target, page.end());
        }
        long serial = page.serial();
        page = OggPage.read(target, page.end());
        while (page.serial() != serial) {
            page = OggPage.read(target, page.end());
        }
        OggStreams.replaceFirstPacket(target, page, new byte[0], write(false), function);
    }
}
