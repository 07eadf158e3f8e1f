// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mutagen.PaddingFunction;
import mutagen.PaddingInfo;
import mutagen.util.Bytes;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;
import mutagen.util.Limits;

/**
 * Writes {@link MP4Tags} into a file as mutagen's {@code MP4Tags.save} does: the {@code ilst} and one adjacent
 * {@code free} atom are replaced by the new {@code ilst} and a {@code free} atom sized by the padding function (or a
 * new {@code meta} is inserted at the start of {@code moov.udta}, creating {@code udta} when needed); the sizes of
 * the parents change by the same amount, and every {@code stco}/{@code co64} entry and {@code tfhd} base offset (of
 * every {@code moof}; mutagen only fixes the first) that points past the edit is shifted. Only the edited region and the changed headers and
 * tables are written; a table whose entries do not change is not written.
 */
final class MP4Writer {
    private MP4Writer() {
    }

    /** The {@code free} atom just before or after {@code ilst} inside {@code meta}, or {@code null}. */
    static Atom findPadding(List<Atom> path) {
        List<Atom> kids = path.get(path.size() - 2).children();
        Atom ilst = path.get(path.size() - 1);
        int index = kids.indexOf(ilst);
        // Python's children[index - 1] with index 0 is the last child
        Atom prev = kids.get(index == 0 ? kids.size() - 1 : index - 1);
        if (prev.name().equals("free")) {
            return prev;
        }
        if (index + 1 < kids.size() && kids.get(index + 1).name().equals("free")) {
            return kids.get(index + 1);
        }
        return null;
    }

    /** The new {@code ilst} atom: every item rendered in save order, then the failed atoms not replaced. */
    static byte[] renderIlst(MP4Tags tags) throws MP4MetadataValueError {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> e : tags.sortedForSave()) {
            try {
                out.writeBytes(MP4Tags.render(e.getKey(), e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new MP4MetadataValueError(ex.getMessage());
            }
        }
        for (Map.Entry<String, List<byte[]>> f : tags.failedAtoms().entrySet()) {
            if (tags.containsKey(f.getKey())) {
                continue;
            }
            for (byte[] d : f.getValue()) {
                out.writeBytes(Atom.render(f.getKey(), d));
            }
        }
        return Atom.render("ilst", out.toByteArray());
    }

    static void save(MP4Tags tags, FileSource target, PaddingFunction padding) throws IOException {
        byte[] ilst = renderIlst(tags);
        Atoms atoms = Atoms.parse(target, MP4Error::new);
        List<Atom> path = atoms.path("moov", "udta", "meta", "ilst");
        if (path == null) {
            saveNew(target, atoms, ilst, padding);
        } else {
            saveExisting(target, atoms, path, ilst, padding);
        }
        checkReopens(target);
    }

    /**
     * Declines an edit whose result would not open again: the edited atom tree is parsed (headers only, before
     * anything is committed) and must hold {@code moov.udta.meta.ilst}. A damaged file can make a correct splice
     * produce a tree that neither we nor mutagen can read (a child that ran past its parent ends up as a nested
     * zero-length atom); mutagen 1.48.1 writes such a file, we throw {@link MP4MetadataError} and leave it as it is.
     */
    private static void checkReopens(FileSource target) throws IOException {
        ErrorFactory declined = MP4MetadataError::new;
        declined.checkReopens(() -> Atoms.parse(target, MP4Error::new).path("moov", "udta", "meta", "ilst") == null
                ? "the tags would not be found" : null);
    }

    private static long newPadding(PaddingInfo info, PaddingFunction fn) {
        return Math.max(0, Math.min(0xFFFFFFFFL, info.padding(fn)));
    }

    private static byte[] free(long n) throws mutagen.MutagenError {
        Limits.checkLength(n, Limits.MAX_ARRAY - 8, MP4Error::new);
        return Atom.render("free", new byte[(int) n]);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void saveNew(FileSource f, Atoms atoms, byte[] ilst, PaddingFunction fn) throws IOException {
        byte[] hdlrData = new byte[8 + 8 + 9];
        System.arraycopy(Atom.latin1("mdirappl"), 0, hdlrData, 8, 8);
        byte[] metaData = concat(concat(new byte[4], Atom.render("hdlr", hdlrData)), ilst);
        List<Atom> path = atoms.path("moov", "udta");
        if (path == null) {
            path = atoms.path("moov");
            if (path == null) {
                atoms.get(MP4Error::new, "moov");
            }
        }
        Atom parent = path.get(path.size() - 1);
        long offset = parent.dataOffset();
        PaddingInfo info = new PaddingInfo(-metaData.length, f.size() - offset);
        byte[] data = Atom.render("meta", concat(metaData, free(newPadding(info, fn))));
        if (!parent.name().equals("udta")) {
            data = Atom.render("udta", data);
        }
        if (offset > f.size()) {
            throw new MP4Error("truncated data");
        }
        f.insert(offset, data.length);
        f.write(offset, data);
        updateParents(f, path, data.length);
        updateOffsets(f, atoms, data.length, offset);
    }

    private static void saveExisting(FileSource f, Atoms atoms, List<Atom> path, byte[] ilst, PaddingFunction fn)
            throws IOException {
        Atom old = path.get(path.size() - 1);
        long offset = old.offset();
        long length = old.length();
        Atom free = findPadding(path);
        if (free != null) {
            offset = Math.min(offset, free.offset());
            length += free.length();
        }
        long contentSize = f.size() - (offset + length);
        PaddingInfo info = new PaddingInfo(length - (ilst.length + 8), contentSize);
        byte[] data = concat(ilst, free(newPadding(info, fn)));
        if (offset + length > f.size()) {
            throw new MP4Error("truncated data");
        }
        f.resize(offset, length, data.length);
        long delta = data.length - length;
        f.write(offset, data);
        updateParents(f, path.subList(0, path.size() - 1), delta);
        updateOffsets(f, atoms, delta, offset);
    }

    private static void updateParents(FileSource f, List<Atom> path, long delta) throws IOException {
        if (delta == 0) {
            return;
        }
        for (Atom atom : path) {
            byte[] head = f.readExactly(atom.offset(), 4, MP4Error::new);
            long size = Bytes.u32be(head, 0);
            if (size == 1) {
                byte[] big = f.readExactly(atom.offset() + 8, 8, MP4Error::new);
                byte[] out = new byte[8];
                Bytes.put64be(out, 0, Bytes.uintBE(big, 0, 8) + delta);
                f.write(atom.offset() + 8, out);
            } else {
                byte[] out = new byte[4];
                Bytes.put32be(out, 0, (size + delta) & 0xFFFFFFFFL);
                f.write(atom.offset(), out);
            }
        }
    }

    private static void updateOffsets(FileSource f, Atoms atoms, long delta, long offset) throws IOException {
        if (delta == 0) {
            return;
        }
        Atom moov = atoms.get(MP4Error::new, "moov");
        for (Atom a : moov.findall("stco", true)) {
            updateTable(f, a, 4, delta, offset);
        }
        for (Atom a : moov.findall("co64", true)) {
            updateTable(f, a, 8, delta, offset);
        }
        // mutagen shifts the tfhd base offsets of the FIRST moof only, which leaves every later fragment of a file
        // with absolute base offsets (ffmpeg's +frag_keyframe) pointing at the wrong bytes; every moof is fixed here
        // (a deliberate difference, docs/API-MAPPING.md)
        for (Atom a : atoms.atoms()) {
            if (a.name().equals("moof")) {
                for (Atom t : a.findall("tfhd", true)) {
                    updateTfhd(f, t, delta, offset);
                }
            }
        }
    }

    /** Shifts the entries of an {@code stco} (width 4) or {@code co64} (width 8) table that lie past the edit. */
    private static void updateTable(FileSource f, Atom atom, int width, long delta, long offset) throws IOException {
        long at = atom.offset() > offset ? atom.offset() + delta : atom.offset();
        long n = atom.length() - 12;
        String wrong = "wrong offset inside " + TagParsers.nameRepr(atom.name());
        if (n < 4 || n > f.size() - (at + 12)) {
            throw new MP4MetadataError(wrong);
        }
        byte[] data = f.readExactly(at + 12, n, MP4MetadataError::new);
        long count = Bytes.u32be(data, 0);
        if (count * width != data.length - 4) {
            throw new MP4MetadataError(wrong);
        }
        boolean changed = false;
        for (int i = 4; i < data.length; i += width) {
            long o = Bytes.uintBE(data, i, width);
            if (Long.compareUnsigned(offset, o) < 0) {
                o += delta;
                changed = true;
                if (width == 4) {
                    Bytes.put32be(data, i, o);
                } else {
                    Bytes.put64be(data, i, o);
                }
            }
        }
        if (changed) {
            f.write(at + 16, Arrays.copyOfRange(data, 4, data.length));
        }
    }

    private static void updateTfhd(FileSource f, Atom atom, long delta, long offset) throws IOException {
        long at = atom.offset() > offset ? atom.offset() + delta : atom.offset();
        byte[] data = f.read(at + 9, (int) Math.min(Math.max(atom.length() - 9, 0), 15));
        if (data.length < 3) {
            throw new MP4MetadataError("truncated tfhd");
        }
        long flags = Bytes.uintBE(data, 0, 3);
        if ((flags & 1) != 0) {
            if (data.length < 15) {
                throw new MP4MetadataError("truncated tfhd");
            }
            long o = Bytes.uintBE(data, 7, 8);
            if (Long.compareUnsigned(o, offset) > 0) {
                byte[] out = new byte[8];
                Bytes.put64be(out, 0, o + delta);
                f.write(at + 16, out);
            }
        }
    }
}
