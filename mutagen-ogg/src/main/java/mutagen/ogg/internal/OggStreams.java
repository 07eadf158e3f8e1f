// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.PaddingFunction;
import mutagen.PaddingInfo;
import mutagen.ogg.OggError;
import mutagen.ogg.OggPage;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * What the codec packages share: walking pages, collecting the pages of a header packet, and writing a new comment
 * packet over them. Not exported from the module.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class OggStreams {
    private OggStreams() {
    }

    /**
     * The first packet of a page. Mutagen indexes {@code page.packets[0]} unchecked, which raises IndexError on a page
     * without packets; here that is an {@link OggError} with Python's text, turned into the codec's error.
     *
     * @param page the page
     * @return the first packet of a page
     * @throws OggError if the data is invalid or cannot be read
     */
    public static byte[] firstPacket(OggPage page) throws OggError {
        if (page.packets().isEmpty()) {
            throw new OggError("list index out of range");
        }
        return page.packets().get(0);
    }

    /**
     * Whether the first packet of a page starts with {@code magic} (failing as {@link #firstPacket} does).
     *
     * @param page the page
     * @param magic the magic bytes
     * @return whether the first packet of a page starts with {@code magic} (failing as {@link #firstPacket} does)
     * @throws OggError if the data is invalid or cannot be read
     */
    public static boolean startsWith(OggPage page, byte[] magic) throws OggError {
        return Bytes.startsWith(firstPacket(page), magic);
    }

    /**
     * Whether the page has packets and the first starts with {@code magic} (mutagen's guarded test).
     *
     * @param page the page
     * @param magic the magic bytes
     * @return whether the page has packets and the first starts with {@code magic} (mutagen's guarded test)
     */
    public static boolean hasPacketStartingWith(OggPage page, byte[] magic) {
        return !page.packets().isEmpty() && Bytes.startsWith(page.packets().get(0), magic);
    }

    /**
     * The pages of stream {@code serial} from {@code offset} on, until one ends a packet (mutagen's tag loops).
     *
     * @param source the file to read (or to edit in place)
     * @param offset the offset in bytes
     * @param serial the serial number of the logical stream
     * @return the pages of stream {@code serial} from {@code offset} on, until one ends a packet (mutagen's tag loops)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static List<OggPage> pagesOfSerial(FileSource source, long offset, long serial) throws IOException {
        long pos = offset;
        while (true) {
            OggPage page = OggPage.read(source, pos);
            if (page.serial() == serial) {
                return collect(source, page);
            }
            pos = page.end();
        }
    }

    /**
     * The first packet of the pages {@link #pagesOfSerial} answers, as {@link #firstPacket(List)} gives it, with the
     * same errors; it reads page headers and copies only that packet's bytes (not the other packets of its pages,
     * such as a Vorbis setup header). A stream whose pages are out of sequence or start with a continued packet
     * takes the general path, for mutagen's messages.
     *
     * @param source the file to read
     * @param offset the offset in bytes
     * @param serial the serial number of the logical stream
     * @return the first packet
     * @throws IOException if reading fails, or the data is invalid (a {@code MutagenError})
     */
    public static byte[] firstPacketOfSerial(FileSource source, long offset, long serial) throws IOException {
        byte[] packet = firstPacketOrNull(source, offset, serial);
        if (packet == null) {
            throw new OggError("list index out of range");
        }
        return packet;
    }

    /**
     * {@link #firstPacketOfSerial}, but {@code null} where the pages hold no packet (for a codec's own message).
     *
     * @param source the file to read
     * @param offset the offset in bytes
     * @param serial the serial number of the logical stream
     * @return the first packet, or {@code null}
     * @throws IOException if reading fails, or the data is invalid (a {@code MutagenError})
     */
    public static byte[] firstPacketOrNull(FileSource source, long offset, long serial) throws IOException {
        PageHeader page = PageHeader.read(source, offset);
        while (page.serial != serial) {
            page = PageHeader.read(source, page.end());
        }
        // The pages collect() gathers, read in the same order (so with the same errors); the first packet's pieces
        // are copied as their pages go by, while the file's bytes there are at hand.
        boolean plain = (page.flags & 1) == 0;
        int sequence = page.sequence;
        int started = 0;
        List<byte[]> pieces = new ArrayList<>(1);
        long pos = page.end();
        while (true) {
            if (plain && page.sequence != sequence++) {
                plain = false;
            }
            if (plain && page.packets != 0 && started <= 1) {
                if ((page.flags & 1) == 0) {
                    started++;
                } else if (started == 0) {
                    plain = false;
                }
                if (plain && started == 1) {
                    pieces.add(piece(source, page));
                }
                started += page.packets - 1;
            }
            if (page.complete || page.packets > 1) {
                break;
            }
            do {
                page = PageHeader.read(source, pos);
                pos = page.end();
            } while (page.serial != serial);
        }
        if (plain && started > 0) {
            return pieces.size() == 1 ? pieces.get(0) : Bytes.concat(pieces);
        }
        // A continued first packet or a sequence gap: toPackets' own answer (or error).
        List<byte[]> packets = packets(pagesOfSerial(source, offset, serial));
        return packets.isEmpty() ? null : packets.get(0);
    }

    /** A copy of the first packet (or piece) of a page. */
    private static byte[] piece(FileSource source, PageHeader page) throws IOException {
        int n = page.firstPacketSize;
        ByteReader in = source.reader(page.dataOffset(), n, OggError::new);
        in.ensure(n);
        return Arrays.copyOfRange(in.array(), in.arrayPosition(), in.arrayPosition() + n);
    }

    /**
     * {@code first} and the following pages of its stream, until a page that completes its last packet or holds
     * more than one packet.
     *
     * @param source the file to read (or to edit in place)
     * @param first the first
     * @return {@code first} and the following pages of its stream, until a page that completes its last packet or holds
     *     more than one packet
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static List<OggPage> collect(FileSource source, OggPage first) throws IOException {
        List<OggPage> pages = new ArrayList<>();
        pages.add(first);
        OggPage last = first;
        long pos = first.end();
        while (!(last.complete() || last.packets().size() > 1)) {
            OggPage page = OggPage.read(source, pos);
            pos = page.end();
            if (page.serial() == first.serial()) {
                pages.add(page);
                last = page;
            }
        }
        return pages;
    }

    /**
     * The packets of pages read from a file; Python's ValueError/IndexError become an {@link OggError}.
     *
     * @param pages the pages
     * @return the packets of pages read from a file; Python's ValueError/IndexError become an {@link OggError}
     * @throws OggError if the data is invalid or cannot be read
     */
    public static List<byte[]> packets(List<OggPage> pages) throws OggError {
        try {
            return OggPage.toPackets(pages, false);
        } catch (IllegalArgumentException e) {
            throw new OggError(e.getMessage());
        }
    }

    /**
     * The first packet of pages read from a file.
     *
     * @param pages the pages
     * @return the first packet of pages read from a file
     * @throws OggError if the data is invalid or cannot be read
     */
    public static byte[] firstPacket(List<OggPage> pages) throws OggError {
        List<byte[]> packets = packets(pages);
        if (packets.isEmpty()) {
            throw new OggError("list index out of range");
        }
        return packets.get(0);
    }

    /**
     * The new comment packet: {@code comment} followed by the zero padding that the padding function chooses, given
     * the old packet's size (the file's size less the old packet is the content size, as mutagen approximates it).
     *
     * @param comment the comment
     * @param oldPacketSize the old packet size
     * @param target the writable file to save into
     * @param function the function
     * @return the new comment packet: {@code comment} followed by the zero padding that the padding function chooses,
     *     given the old packet's size (the file's size less the old packet is the content size, as mutagen approximates
     *     it)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static byte[] padded(byte[] comment, long oldPacketSize, FileSource target, PaddingFunction function)
            throws IOException {
        long contentSize = target.size() - oldPacketSize;
        PaddingInfo info = new PaddingInfo(oldPacketSize - comment.length, contentSize);
        long padding = Math.max(0, info.padding(function));
        if (padding > Integer.MAX_VALUE - 16 - comment.length) {
            throw new OggError("padding of " + padding + " bytes is too large");
        }
        byte[] out = new byte[comment.length + (int) padding];
        System.arraycopy(comment, 0, out, 0, comment.length);
        return out;
    }

    /**
     * Writes a comment packet ({@code magic} then {@code comment}, padded by the function) over the first packet that
     * starts on {@code first}, keeping the packets after it in its pages.
     *
     * @param target the writable file to save into
     * @param first the page the old comment packet starts on
     * @param magic the packet's leading bytes (may be empty)
     * @param comment the rendered comment
     * @param function the padding function
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void replaceFirstPacket(FileSource target, OggPage first, byte[] magic, byte[] comment,
                                          PaddingFunction function) throws IOException {
        List<OggPage> oldPages = collect(target, first);
        List<byte[]> packets = packets(oldPages);
        if (packets.isEmpty()) {
            throw new OggError("list index out of range");
        }
        packets.set(0, padded(Bytes.concat(magic, comment), packets.get(0).length, target, function));
        replace(target, oldPages, packets);
    }

    /**
     * Writes the packets over the old pages, keeping their layout when the sizes are unchanged.
     *
     * @param target the writable file to save into
     * @param oldPages the old pages
     * @param packets the packets
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void replace(FileSource target, List<OggPage> oldPages, List<byte[]> packets) throws IOException {
        List<OggPage> newPages = OggPage.fromPacketsTryPreserve(packets, oldPages);
        OggPage.replace(target, oldPages, newPages);
    }

    /**
     * The bytes of a magic string.
     *
     * @param text the text
     * @return the bytes of a magic string
     */
    public static byte[] magic(String text) {
        return Bytes.ascii(text);
    }
}
