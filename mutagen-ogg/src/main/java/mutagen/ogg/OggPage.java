// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.ogg.internal.LastPage;
import mutagen.ogg.internal.PageHeader;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * One Ogg page: a 27-byte header, the lacing values and the packet data (not necessarily whole packets).
 *
 * <p>Mirrors {@code mutagen.ogg.OggPage}: attributes become accessors, {@code packets} is the live list. A page read
 * from a file knows its {@link #offset()}; a new page has none ({@code -1}, Python's {@code None}). When
 * {@link #complete()} is false the next page of the stream must be {@link #continued()}. The static methods
 * ({@link #toPackets}, {@link #fromPackets}, {@link #replace}, {@link #renumber}, {@link #findLast}) are mutagen's.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class OggPage {
    private static final int FLAG_CONTINUED = 0;
    private static final int FLAG_FIRST = 1;
    private static final int FLAG_LAST = 2;

    private int version;
    private int typeFlags;
    private long position;
    private long serial;
    private int sequence;
    private long offset = -1;
    private boolean complete = true;
    private List<byte[]> packets = new ArrayList<>();

    /** An empty page: version 0, position 0, serial 0, sequence 0, no flags, complete, no packets. */
    public OggPage() {
    }

    /**
     * Reads the page at {@code offset} (mutagen's {@code OggPage(fileobj)}); {@link #end()} is where the next starts.
     *
     * @param source the file to read (or to edit in place)
     * @param offset the offset in bytes
     * @return the {@code OggPage}
     * @throws EOFException when nothing (or only zero bytes) is left: Python's {@code EOFError}
     * @throws OggError when the bytes there are not a complete Ogg page
     */
    public static OggPage read(FileSource source, long offset) throws IOException {
        return of(PageHeader.read(source, offset), source);
    }

    private static OggPage ofOrNull(PageHeader header, FileSource source) throws IOException {
        return header == null ? null : of(header, source);
    }

    /** Reads the data of a page whose header was read and checked. */
    static OggPage of(PageHeader header, FileSource source) throws IOException {
        OggPage page = new OggPage();
        page.version = header.version;
        page.typeFlags = header.flags;
        page.position = header.position;
        page.serial = header.serial;
        page.sequence = header.sequence;
        page.offset = header.offset;
        // The lacing values and the data, read in place: each packet is copied once, out of the file's bytes.
        int segments = header.segments;
        int total = segments + (int) header.dataSize;
        ByteReader in = source.reader(header.offset + PageHeader.FIXED, total, OggError::new);
        in.ensure(total);
        byte[] bytes = in.array();
        int lace = in.arrayPosition();
        int at = lace + segments;
        int size = 0;
        for (int i = lace; i < lace + segments; i++) {
            int c = bytes[i] & 0xFF;
            size += c;
            if (c < 255) {
                page.packets.add(Arrays.copyOfRange(bytes, at, at + size));
                at += size;
                size = 0;
            }
        }
        if (size != 0) {
            page.packets.add(Arrays.copyOfRange(bytes, at, at + size));
            page.complete = false;
        }
        return page;
    }

    /**
     * The stream structure version (0).
     *
     * @return the stream structure version (0)
     */
    public int version() {
        return version;
    }

    /**
     * Sets the version (only 0 can be read back).
     *
     * @param newVersion the new version
     */
    public void version(int newVersion) {
        version = newVersion;
    }

    /**
     * The absolute granule position; -1 when no packet ends on this page.
     *
     * @return the absolute granule position; -1 when no packet ends on this page
     */
    public long position() {
        return position;
    }

    /**
     * Sets the granule position.
     *
     * @param newPosition the new position
     */
    public void position(long newPosition) {
        position = newPosition;
    }

    /**
     * The serial number of the logical stream (unsigned 32-bit).
     *
     * @return the serial number of the logical stream (unsigned 32-bit)
     */
    public long serial() {
        return serial;
    }

    /**
     * Sets the serial number.
     *
     * @param newSerial the new serial
     */
    public void serial(long newSerial) {
        serial = newSerial;
    }

    /**
     * The page sequence number within the logical stream.
     *
     * @return the page sequence number within the logical stream
     */
    public int sequence() {
        return sequence;
    }

    /**
     * Sets the sequence number.
     *
     * @param newSequence the new sequence
     */
    public void sequence(int newSequence) {
        sequence = newSequence;
    }

    /**
     * The file offset the page was read from, or -1 (Python's {@code None}).
     *
     * @return the file offset the page was read from, or -1 (Python's {@code None})
     */
    public long offset() {
        return offset;
    }

    /**
     * The offset just after the page in its file ({@link #offset()} plus {@link #size()}).
     *
     * @return the offset just after the page in its file ({@link #offset()} plus {@link #size()})
     */
    public long end() {
        return offset + size();
    }

    /**
     * Whether the last packet ends on this page.
     *
     * @return whether the last packet ends on this page
     */
    public boolean complete() {
        return complete;
    }

    /**
     * Sets whether the last packet ends on this page.
     *
     * @param value the value
     */
    public void complete(boolean value) {
        complete = value;
    }

    /**
     * The live list of packet data on this page.
     *
     * @return the live list of packet data on this page
     */
    public List<byte[]> packets() {
        return packets;
    }

    /**
     * Replaces the packet list (Python's {@code page.packets = [...]}); the list is used as given.
     *
     * @param newPackets the new packets
     */
    public void packets(List<byte[]> newPackets) {
        packets = newPackets;
    }

    /**
     * Whether the first packet continues one from the previous page.
     *
     * @return whether the first packet continues one from the previous page
     */
    public boolean continued() {
        return flag(FLAG_CONTINUED);
    }

    /**
     * Sets the continued flag.
     *
     * @param value the value
     */
    public void continued(boolean value) {
        flag(FLAG_CONTINUED, value);
    }

    /**
     * Whether this is the first page of a logical stream.
     *
     * @return whether this is the first page of a logical stream
     */
    public boolean first() {
        return flag(FLAG_FIRST);
    }

    /**
     * Sets the first-page flag.
     *
     * @param value the value
     */
    public void first(boolean value) {
        flag(FLAG_FIRST, value);
    }

    /**
     * Whether this is the last page of a logical stream.
     *
     * @return whether this is the last page of a logical stream
     */
    public boolean last() {
        return flag(FLAG_LAST);
    }

    /**
     * Sets the last-page flag.
     *
     * @param value the value
     */
    public void last(boolean value) {
        flag(FLAG_LAST, value);
    }

    private boolean flag(int bit) {
        return (typeFlags & (1 << bit)) != 0;
    }

    private void flag(int bit, boolean value) {
        typeFlags = value ? typeFlags | (1 << bit) : typeFlags & ~(1 << bit);
    }

    /**
     * The size of the page as {@link #write()} writes it.
     *
     * @return the size of the page as {@link #write()} writes it
     */
    public int size() {
        int size = 27;
        int rem = -1;
        for (byte[] p : packets) {
            size += p.length / 255 + 1 + p.length;
            rem = p.length % 255;
        }
        if (!complete && rem == 0) {
            // The last packet is a multiple of 255 bytes and goes on: no terminating zero lacing value.
            size -= 1;
        }
        return size;
    }

    /**
     * The page as bytes, with its checksum.
     *
     * @return the page as bytes, with its checksum
     * @throws IllegalArgumentException when the packets need more than 255 lacing values (Python's ValueError)
     */
    public byte[] write() {
        int lacingCount = 0;
        int dataSize = 0;
        for (byte[] p : packets) {
            lacingCount += p.length / 255 + 1;
            dataSize += p.length;
        }
        boolean dropLast = !complete && !packets.isEmpty() && packets.get(packets.size() - 1).length % 255 == 0;
        if (dropLast) {
            lacingCount--;
        }
        if (lacingCount > 255) {
            throw new IllegalArgumentException("bytes must be in range(0, 256)");
        }
        byte[] out = new byte[27 + lacingCount + dataSize];
        out[0] = 'O';
        out[1] = 'g';
        out[2] = 'g';
        out[3] = 'S';
        out[4] = (byte) version;
        out[5] = (byte) typeFlags;
        putLe(out, 6, position, 8);
        putLe(out, 14, serial, 4);
        putLe(out, 18, sequence, 4);
        out[26] = (byte) lacingCount;
        int lace = 27;
        int data = 27 + lacingCount;
        for (byte[] p : packets) {
            for (int i = 0; i < p.length / 255; i++) {
                out[lace++] = (byte) 0xFF;
            }
            if (lace < 27 + lacingCount) {
                out[lace++] = (byte) (p.length % 255);
            }
            System.arraycopy(p, 0, out, data, p.length);
            data += p.length;
        }
        putLe(out, 22, OggCrc.update(0, out, 0, out.length), 4);
        return out;
    }

    static void putLe(byte[] out, int at, long value, int n) {
        for (int i = 0; i < n; i++) {
            out[at + i] = (byte) (value >>> (8 * i));
        }
    }

    /** The number of data bytes on the page. */
    private long dataLength() {
        long n = 0;
        for (byte[] p : packets) {
            n += p.length;
        }
        return n;
    }

    /** Two pages are equal when they write the same bytes (mutagen's {@code __eq__}). */
    @Override
    public boolean equals(Object other) {
        return other instanceof OggPage && Arrays.equals(write(), ((OggPage) other).write());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(write());
    }

    /** Mutagen's repr: {@code <OggPage version=0 position=0 ... last=False, 3 bytes in 1 packets>}. */
    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " version=" + version + " position=" + position + " serial="
                + serial + " sequence=" + sequence + " offset=" + (offset < 0 ? "None" : Long.toString(offset))
                + " complete=" + PyRepr.bool(complete) + " continued=" + PyRepr.bool(continued()) + " first="
                + PyRepr.bool(first()) + " last=" + PyRepr.bool(last()) + ", " + dataLength() + " bytes in "
                + packets.size() + " packets>";
    }

    /**
     * Joins packets split over pages (mutagen's {@code to_packets}); see {@link Paging#toPackets}.
     *
     * @param pages the pages
     * @param strict whether to fail on invalid data instead of skipping it
     * @return the list
     */
    public static List<byte[]> toPackets(List<OggPage> pages, boolean strict) {
        return Paging.toPackets(pages, strict);
    }

    /**
     * {@link #toPackets(List, boolean)} without strictness.
     *
     * @param pages the pages
     * @return {@link #toPackets(List, boolean)} without strictness
     */
    public static List<byte[]> toPackets(List<OggPage> pages) {
        return Paging.toPackets(pages, false);
    }

    /**
     * Splits packets into pages of about 4 KiB (mutagen's {@code from_packets}); see {@link Paging#fromPackets}.
     *
     * @param packets the packets
     * @param sequence the sequence number
     * @param defaultSize the default size
     * @param wiggleRoom the wiggle room
     * @return the list
     */
    public static List<OggPage> fromPackets(List<byte[]> packets, int sequence, int defaultSize, int wiggleRoom) {
        return Paging.fromPackets(packets, sequence, defaultSize, wiggleRoom);
    }

    /**
     * {@link #fromPackets(List, int, int, int)} with mutagen's defaults 4096 and 2048.
     *
     * @param packets the packets
     * @param sequence the sequence number
     * @return {@link #fromPackets(List, int, int, int)} with mutagen's defaults 4096 and 2048
     */
    public static List<OggPage> fromPackets(List<byte[]> packets, int sequence) {
        return Paging.fromPackets(packets, sequence, 4096, 2048);
    }

    /**
     * {@link #fromPackets(List, int)} starting at sequence 0.
     *
     * @param packets the packets
     * @return {@link #fromPackets(List, int)} starting at sequence 0
     */
    public static List<OggPage> fromPackets(List<byte[]> packets) {
        return fromPackets(packets, 0);
    }

    /**
     * Mutagen's {@code _from_packets_try_preserve}: the old page layout when the packet sizes are unchanged.
     *
     * @param packets the packets
     * @param oldPages the old pages
     * @return mutagen's {@code _from_packets_try_preserve}: the old page layout when the packet sizes are unchanged
     */
    public static List<OggPage> fromPacketsTryPreserve(List<byte[]> packets, List<OggPage> oldPages) {
        return Paging.fromPacketsTryPreserve(packets, oldPages);
    }

    /**
     * Replaces pages of one stream in a file, renumbering later pages when the count changes.
     *
     * @param target the writable file to save into
     * @param oldPages the old pages
     * @param newPages the new pages
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void replace(FileSource target, List<OggPage> oldPages, List<OggPage> newPages)
            throws IOException {
        PageEdit.replace(target, oldPages, newPages);
    }

    /**
     * Renumbers the pages of a stream from {@code offset} on, starting at {@code start}.
     *
     * @param target the writable file to save into
     * @param offset the offset in bytes
     * @param serial the serial number of the logical stream
     * @param start the start
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void renumber(FileSource target, long offset, long serial, int start) throws IOException {
        PageEdit.renumber(target, offset, serial, start);
    }

    /**
     * The last page of a stream, or {@code null}; as mutagen's {@code find_last} finds it.
     *
     * @param source the file to read (or to edit in place)
     * @param serial the serial number of the logical stream
     * @param finishing the finishing
     * @return the last page of a stream, or {@code null}; as mutagen's {@code find_last} finds it
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static OggPage findLast(FileSource source, long serial, boolean finishing) throws IOException {
        return ofOrNull(LastPage.find(source, serial, finishing), source);
    }

    /**
     * {@link #findLast(FileSource, long, boolean)} with any page, finishing a packet or not.
     *
     * @param source the file to read (or to edit in place)
     * @param serial the serial number of the logical stream
     * @return {@link #findLast(FileSource, long, boolean)} with any page, finishing a packet or not
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static OggPage findLast(FileSource source, long serial) throws IOException {
        return ofOrNull(LastPage.find(source, serial, false), source);
    }

    /** The whole page as written, for tests of page layout. */
    static byte[] concat(List<byte[]> parts) {
        return Bytes.concat(parts);
    }
}
