// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.ogg.internal.PageHeader;
import mutagen.util.FileSource;

/** Replacing the pages of one logical stream in a file and renumbering the pages after them. */
final class PageEdit {
    private PageEdit() {
    }

    /**
     * Writes {@code newPages} where {@code oldPages} (read from the target) were: mutagen's {@code replace}. The new
     * pages take the serial and the sequence numbers of the old ones from the first on, and the flags of the first and
     * last old page. Extra new pages go where the last old page was; old pages left over are removed. Pages of other
     * streams between the old pages stay where they are, byte for byte. When the page count changes, the later pages
     * of the stream are renumbered.
     *
     * @throws IllegalArgumentException when either list is empty
     */
    static void replace(FileSource target, List<OggPage> oldPages, List<OggPage> newPages) throws IOException {
        if (oldPages.isEmpty() || newPages.isEmpty()) {
            throw new IllegalArgumentException("empty pages list not allowed");
        }
        OggPage oldFirst = oldPages.get(0);
        OggPage oldLast = oldPages.get(oldPages.size() - 1);
        for (int i = 0; i < newPages.size(); i++) {
            newPages.get(i).sequence(oldFirst.sequence() + i);
            newPages.get(i).serial(oldFirst.serial());
        }
        OggPage newFirst = newPages.get(0);
        newFirst.first(oldFirst.first());
        newFirst.last(oldFirst.last());
        newFirst.continued(oldFirst.continued());
        OggPage newLast = newPages.get(newPages.size() - 1);
        newLast.first(oldLast.first());
        newLast.last(oldLast.last());
        newLast.complete(oldLast.complete());
        if (!newLast.complete() && newLast.packets().size() == 1) {
            newLast.position(-1);
        }
        long end = writeSlots(target, oldPages, slots(oldPages.size(), newPages));
        if (oldPages.size() != newPages.size()) {
            renumber(target, end, newLast.serial(), newLast.sequence() + 1);
        }
    }

    /** The bytes that replace each old page: one new page each, the extra new pages in the last slot. */
    private static List<byte[]> slots(int oldCount, List<OggPage> newPages) {
        List<byte[]> data = new ArrayList<>(Math.max(oldCount, newPages.size()));
        for (OggPage p : newPages) {
            data.add(p.write());
        }
        if (data.size() < oldCount) {
            while (data.size() < oldCount) {
                data.add(new byte[0]);
            }
        } else if (data.size() > oldCount) {
            List<byte[]> tail = data.subList(oldCount - 1, data.size());
            byte[] joined = OggPage.concat(tail);
            tail.clear();
            data.add(joined);
        }
        return data;
    }

    /**
     * Writes each slot over its old page; pages that follow each other in the file are rewritten with one resize and
     * one write. Returns the offset just after the last slot written.
     */
    private static long writeSlots(FileSource target, List<OggPage> oldPages, List<byte[]> slots)
            throws IOException {
        long adjust = 0;
        long end = 0;
        int i = 0;
        while (i < oldPages.size()) {
            int j = i + 1;
            while (j < oldPages.size() && oldPages.get(j).offset() == oldPages.get(j - 1).end()) {
                j++;
            }
            long offset = oldPages.get(i).offset() + adjust;
            long oldSize = oldPages.get(j - 1).end() - oldPages.get(i).offset();
            byte[] data = OggPage.concat(slots.subList(i, j));
            target.resize(offset, oldSize, data.length);
            target.write(offset, data);
            adjust += data.length - oldSize;
            end = offset + data.length;
            i = j;
        }
        return end;
    }

    /**
     * Renumbers the pages of stream {@code serial} from {@code offset} to the end of the file, starting at
     * {@code start}; other streams' pages are left alone. Mutagen's {@code renumber}: only the sequence number and the
     * checksum of each page change (its size does not).
     *
     * @throws OggError when something that is not an Ogg page is found (pages before it are renumbered)
     */
    static void renumber(FileSource target, long offset, long serial, int start) throws IOException {
        int number = start;
        long pos = offset;
        while (true) {
            PageHeader header;
            try {
                header = PageHeader.read(target, pos);
            } catch (EOFException e) {
                return;
            }
            if (header.serial == serial) {
                OggPage page = OggPage.of(header, target);
                page.sequence(number);
                byte[] written = page.write();
                target.write(pos + 18, Arrays.copyOfRange(written, 18, 26));
                number++;
            }
            pos = header.end();
        }
    }
}
