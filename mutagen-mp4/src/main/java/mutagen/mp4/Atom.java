// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;
import mutagen.util.Limits;
import mutagen.util.PyRepr;

/**
 * One atom (box) of an MP4 file: its header and, for the containers mutagen descends into, its children. Mirrors
 * mutagen's internal {@code mutagen.mp4._atom.Atom}. Only headers are read while parsing; payloads are read on
 * demand ({@link #readData}), never {@code mdat}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class Atom {
    /** Deeper nesting is refused (Python would stop with a RecursionError). */
    static final int MAX_DEPTH = 500;

    private final long offset;
    private final long length;
    private final String name;
    private final long dataOffset;
    private final Atom[] kids;
    private final List<Atom> children;
    private final long end;

    private Atom(long offset, long length, String name, long dataOffset, Atom[] kids, long end) {
        this.offset = offset;
        this.length = length;
        this.name = name;
        this.dataOffset = dataOffset;
        this.kids = kids;
        this.children = kids == null ? null : new Children(kids);
        this.end = end;
    }

    /** The children as an unmodifiable list over their array. */
    private static final class Children extends AbstractList<Atom> implements RandomAccess {
        private final Atom[] kids;

        Children(Atom[] kids) {
            this.kids = kids;
        }

        @Override
        public Atom get(int index) {
            return kids[index];
        }

        @Override
        public int size() {
            return kids.length;
        }
    }

    /**
     * Parses the atom at {@code offset}; {@code level} 0 is the top level (only there may the size be 0, "to the end
     * of the file"). Mirrors Python's {@code Atom(fileobj, level)}, including where the next atom starts: after the
     * last child of a container, or at {@code offset + length} otherwise ({@link #next()}).
     */
    static Atom parse(FileSource in, long offset, int level, ErrorFactory errors) throws IOException {
        return parse(in, offset, level, errors, new ArrayList<>());
    }

    /** {@link #parse(FileSource, long, int, ErrorFactory)}, gathering children on {@code stack} (left as found). */
    static Atom parse(FileSource in, long offset, int level, ErrorFactory errors, List<Atom> stack)
            throws IOException {
        if (level > MAX_DEPTH) {
            throw errors.create("atoms nested deeper than " + MAX_DEPTH);
        }
        byte[] head = in.read(offset, 8);
        if (head.length != 8) {
            throw errors.create("truncated data");
        }
        long length = Bytes.u32be(head, 0);
        String name = AtomNames.name(head, 4);
        long data = offset + 8;
        if (length == 1) {
            byte[] ext = in.read(offset + 8, 8);
            if (ext.length != 8) {
                throw errors.create("truncated data");
            }
            length = Bytes.uintBE(ext, 0, 8);
            data += 8;
            if (Long.compareUnsigned(length, 16) < 0) {
                throw errors.create("64 bit atom length can only be 16 and higher");
            }
        } else if (length == 0) {
            if (level != 0) {
                throw errors.create("only a top-level atom can have zero length");
            }
            length = in.size() - offset;
        } else if (length < 8) {
            throw errors.create("atom length can only be 0, 1 or 8 and higher");
        }
        long atomEnd = saturatedAdd(offset, length);
        if (!AtomNames.isContainer(name)) {
            checkSeek(offset, length, errors);
            return new Atom(offset, length, name, data, null, atomEnd);
        }
        int first = stack.size();
        long pos = data + ("meta".equals(name) ? 4 : 0);
        while (pos < atomEnd) {
            Atom child = parse(in, pos, level + 1, errors, stack);
            stack.add(child);
            pos = child.end;
        }
        List<Atom> mine = stack.subList(first, stack.size());
        Atom[] kids = mine.toArray(new Atom[0]);
        mine.clear();
        return new Atom(offset, length, name, data, kids, pos);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return length(b) < 0 || r < 0 ? Long.MAX_VALUE : r;
    }

    private static long length(long l) {
        return l;
    }

    /**
     * Python seeks past a non-container atom: a target from 2^63 on raises {@code ValueError}, one past the largest
     * file the file system allows raises {@code [Errno 22]} (ext4 with 4 KiB blocks: 16 TiB - 4 KiB; the limit
     * depends on the file system mutagen runs on, this one is the usual Linux one).
     */
    private static void checkSeek(long offset, long length, ErrorFactory errors) throws MutagenError {
        long target = offset + length;
        if (length < 0 || target < 0) {
            throw errors.create("cannot fit 'int' into an offset-sized integer");
        }
        if (target > MAX_FILE) {
            throw errors.create("[Errno 22] Invalid argument");
        }
    }

    /** A read Python's allocation refuses (MemoryError; machine-dependent, here 64 GiB). */
    static final long MEMORY_ERROR = 1L << 36;

    /** ext4's largest file with 4 KiB blocks, where Linux's lseek starts answering EINVAL. */
    static final long MAX_FILE = 0xFFFFFFFFL * 4096;

    /**
     * Where the atom starts.
     *
     * @return where the atom starts
     */
    public long offset() {
        return offset;
    }

    /**
     * The whole length, header included.
     *
     * @return the whole length, header included
     */
    public long length() {
        return length;
    }

    /**
     * The four-character name (bytes read as Latin-1, so {@code ©nam}).
     *
     * @return the four-character name (bytes read as Latin-1, so {@code ©nam})
     */
    public String name() {
        return name;
    }

    /**
     * Where the payload starts.
     *
     * @return where the payload starts
     */
    public long dataOffset() {
        return dataOffset;
    }

    /**
     * The payload length ({@code datalength}).
     *
     * @return the payload length ({@code datalength})
     */
    public long dataLength() {
        return length - (dataOffset - offset);
    }

    /** Where the next atom is read (Python's file position after this atom). */
    long next() {
        return end;
    }

    /**
     * Whether the header uses the 64-bit size.
     *
     * @return whether the header uses the 64-bit size
     */
    public boolean is64() {
        return dataOffset - offset == 16;
    }

    /**
     * The children, or {@code null} for an atom mutagen does not descend into.
     *
     * @return the children, or {@code null} for an atom mutagen does not descend into
     */
    public List<Atom> children() {
        return children;
    }

    /**
     * The payload, or {@code null} when the file holds less than the header says (Python's {@code read} returning
     * {@code ok == False}). The length is checked against the file before anything is allocated.
     *
     * @param in the input
     * @param errors the format's error factory (its error class and mutagen's words)
     * @return the payload, or {@code null} when the file holds less than the header says (Python's {@code read}
     *     returning {@code ok == False})
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public byte[] readData(FileSource in, ErrorFactory errors) throws IOException {
        int n = checkedDataLength(in, errors);
        return n < 0 ? null : in.read(dataOffset, n);
    }

    /**
     * The payload in place, as {@link #readData} finds it: a reader whose {@code array()} holds its bytes from
     * {@code arrayPosition()} on (the file's bytes in memory or a window of them, not to be changed), or
     * {@code null} when the file is too short.
     */
    ByteReader dataInPlace(FileSource in, ErrorFactory errors) throws IOException {
        int n = checkedDataLength(in, errors);
        if (n < 0) {
            return null;
        }
        ByteReader r = in.reader(dataOffset, n, errors);
        r.ensure(n);
        return r;
    }

    /** The payload's length, checked as {@link #readData} checks it; -1 when the file is too short. */
    private int checkedDataLength(FileSource in, ErrorFactory errors) throws IOException {
        long n = dataLength();
        if (n > in.size() - dataOffset) {
            if (n > MEMORY_ERROR) {
                // Python allocates the whole length first and fails with an empty MemoryError
                throw errors.create("");
            }
            return -1;
        }
        return Limits.checkLength(n, in.size() - dataOffset, errors);
    }

    /**
     * The first child named {@code name}, or {@code null}.
     *
     * @param name the name
     * @return the first child named {@code name}, or {@code null}
     */
    public Atom child(String name) {
        if (kids != null) {
            for (Atom c : kids) {
                if (c.name.equals(name)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The descendant at the path, as Python's {@code atom[names]}; a missing step raises the error Python's KeyError
     * becomes, with the same text.
     *
     * @param errors the format's error factory (its error class and mutagen's words)
     * @param names the names
     * @return the descendant at the path, as Python's {@code atom[names]}; a missing step raises the error Python's
     *     KeyError becomes, with the same text
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public Atom get(ErrorFactory errors, String... names) throws MutagenError {
        Atom a = this;
        for (String n : names) {
            if (a.children == null) {
                throw errors.create(keyError(PyRepr.bytes(latin1(a.name)) + " is not a container"));
            }
            Atom next = a.child(n);
            if (next == null) {
                throw errors.create(keyError(PyRepr.bytes(latin1(n)) + " not found"));
            }
            a = next;
        }
        return a;
    }

    /** {@code str(KeyError(message))}: the repr of the message. */
    static String keyError(String message) {
        return PyRepr.str(message);
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Every descendant named {@code name}, depth first (Python's {@code findall(name, recursive)}).
     *
     * @param name the name
     * @param recursive the recursive
     * @return every descendant named {@code name}, depth first (Python's {@code findall(name, recursive)})
     */
    public List<Atom> findall(String name, boolean recursive) {
        List<Atom> out = new ArrayList<>();
        collect(name, recursive, out);
        return out;
    }

    private void collect(String wanted, boolean recursive, List<Atom> out) {
        if (kids == null) {
            return;
        }
        for (Atom c : kids) {
            if (c.name.equals(wanted)) {
                out.add(c);
            }
            if (recursive) {
                c.collect(wanted, true, out);
            }
        }
    }

    /**
     * An atom's bytes: header (64-bit only when needed) and payload (Python's {@code Atom.render}).
     *
     * @param name the name
     * @param data the bytes
     * @return an atom's bytes: header (64-bit only when needed) and payload (Python's {@code Atom.render})
     */
    public static byte[] render(String name, byte[] data) {
        byte[] head = header(name, data.length);
        byte[] out = Arrays.copyOf(head, head.length + data.length);
        System.arraycopy(data, 0, out, head.length, data.length);
        return out;
    }

    /**
     * The header {@link #render} puts before a payload of {@code dataLength} bytes: 8 bytes, or 16 with a 64-bit
     * size when the atom would not fit 32 bits.
     */
    static byte[] header(String name, long dataLength) {
        long size = dataLength + 8;
        if (size <= 0xFFFFFFFFL) {
            byte[] out = new byte[8];
            Bytes.put32be(out, 0, size);
            System.arraycopy(latin1(name), 0, out, 4, 4);
            return out;
        }
        byte[] out = new byte[16];
        Bytes.put32be(out, 0, 1);
        System.arraycopy(latin1(name), 0, out, 4, 4);
        Bytes.put64be(out, 8, size + 8);
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<Atom name=").append(PyRepr.bytes(latin1(name))).append(" length=")
                .append(length).append(" offset=").append(offset);
        if (children != null) {
            sb.append('\n');
            List<String> lines = new ArrayList<>();
            for (Atom c : children) {
                for (String line : c.toString().split("\n", -1)) {
                    lines.add(" " + line);
                }
            }
            sb.append(String.join("\n", lines));
        }
        return sb.append('>').toString();
    }
}
