// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Packets from pages and pages from packets, with mutagen's page-size and wiggle rules. */
final class Paging {
    private Paging() {
    }

    /**
     * Joins the packet data of consecutive pages of one stream (mutagen's {@code to_packets}). A first page that is
     * continued starts with an empty packet unless {@code strict}.
     *
     * @throws IllegalArgumentException (Python's ValueError) for no pages, a page of another stream, a sequence gap,
     *     and with {@code strict} a continued first page or an incomplete last page
     */
    static List<byte[]> toPackets(List<OggPage> pages, boolean strict) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("list index out of range");
        }
        OggPage first = pages.get(0);
        long serial = first.serial();
        int sequence = first.sequence();
        // out holds one entry per packet; the last packet's pieces are gathered in `pieces` while pages continue it.
        List<byte[]> out = new ArrayList<>();
        List<byte[]> pieces = null;
        if (strict) {
            if (first.continued()) {
                throw new IllegalArgumentException("first packet is continued");
            }
            if (!pages.get(pages.size() - 1).complete()) {
                throw new IllegalArgumentException("last packet does not complete");
            }
        } else if (first.continued()) {
            out.add(new byte[0]);
        }
        for (OggPage page : pages) {
            if (serial != page.serial()) {
                throw new IllegalArgumentException("invalid serial number in " + page);
            } else if (sequence != page.sequence()) {
                throw new IllegalArgumentException("bad sequence number in " + page);
            }
            sequence++;
            List<byte[]> packets = page.packets();
            if (packets.isEmpty()) {
                continue;
            }
            if (page.continued()) {
                if (out.isEmpty()) {
                    throw new IllegalArgumentException("list index out of range");
                }
                if (pieces == null) {
                    pieces = new ArrayList<>();
                    pieces.add(out.get(out.size() - 1));
                }
                pieces.add(packets.get(0));
            } else {
                pieces = join(out, pieces);
                out.add(packets.get(0));
            }
            for (int i = 1; i < packets.size(); i++) {
                pieces = join(out, pieces);
                out.add(packets.get(i));
            }
        }
        join(out, pieces);
        return out;
    }

    /** Replaces the last packet of {@code out} by its joined {@code pieces} when there are any; answers null. */
    private static List<byte[]> join(List<byte[]> out, List<byte[]> pieces) {
        if (pieces != null) {
            out.set(out.size() - 1, OggPage.concat(pieces));
        }
        return null;
    }

    /**
     * Pages of about {@code defaultSize} bytes (data cut in multiples of 255) for the packets, numbered from
     * {@code sequence}; a page may grow by up to {@code wiggleRoom} to finish a packet (one packet per page).
     * Mutagen's {@code from_packets}.
     */
    static List<OggPage> fromPackets(List<byte[]> packets, int sequence, int defaultSize, int wiggleRoom) {
        int chunkSize = (defaultSize / 255) * 255;
        List<OggPage> pages = new ArrayList<>();
        OggPage page = new OggPage();
        page.sequence(sequence);
        for (byte[] packet : packets) {
            List<byte[]> current = page.packets();
            current.add(new byte[0]);
            int pos = 0;
            while (pos < packet.length) {
                int take = Math.min(chunkSize, packet.length - pos);
                if (take <= 0) {
                    throw new IllegalArgumentException("page size " + defaultSize + " holds no data");
                }
                byte[] data = Arrays.copyOfRange(packet, pos, pos + take);
                pos += take;
                if (page.size() < defaultSize && current.size() < 255) {
                    appendToLast(current, data, 0, data.length);
                } else {
                    if (current.get(current.size() - 1).length != 0) {
                        page.complete(false);
                        if (current.size() == 1) {
                            page.position(-1);
                        }
                    } else {
                        current.remove(current.size() - 1);
                    }
                    pages.add(page);
                    OggPage previous = page;
                    page = new OggPage();
                    page.continued(!previous.complete());
                    page.sequence(previous.sequence() + 1);
                    current = page.packets();
                    current.add(data);
                }
                if (packet.length - pos < wiggleRoom) {
                    appendToLast(current, packet, pos, packet.length);
                    pos = packet.length;
                }
            }
        }
        if (!page.packets().isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static void appendToLast(List<byte[]> packets, byte[] data, int from, int to) {
        if (from == to) {
            return;
        }
        int last = packets.size() - 1;
        byte[] old = packets.get(last);
        byte[] joined = Arrays.copyOf(old, old.length + (to - from));
        System.arraycopy(data, from, joined, old.length, to - from);
        packets.set(last, joined);
    }

    /**
     * Like {@link #fromPackets} numbered from the first old page, but when the packets have the sizes of the old
     * pages' packets, pages with the old layout (sequence, complete, continued, position, packet cuts). Mutagen's
     * {@code _from_packets_try_preserve}.
     */
    static List<OggPage> fromPacketsTryPreserve(List<byte[]> packets, List<OggPage> oldPages) {
        List<byte[]> oldPackets = toPackets(oldPages, false);
        boolean same = packets.size() == oldPackets.size();
        for (int i = 0; same && i < packets.size(); i++) {
            same = packets.get(i).length == oldPackets.get(i).length;
        }
        if (!same) {
            return fromPackets(packets, oldPages.get(0).sequence(), 4096, 2048);
        }
        byte[] all = OggPage.concat(packets);
        int at = 0;
        List<OggPage> out = new ArrayList<>(oldPages.size());
        for (OggPage old : oldPages) {
            OggPage page = new OggPage();
            page.sequence(old.sequence());
            page.complete(old.complete());
            page.continued(old.continued());
            page.position(old.position());
            for (byte[] p : old.packets()) {
                int take = Math.min(p.length, all.length - at);
                page.packets().add(Arrays.copyOfRange(all, at, at + take));
                at += take;
            }
            out.add(page);
        }
        return out;
    }
}
