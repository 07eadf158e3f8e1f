// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.Limits;
import mutagen.util.PyRepr;

/**
 * One chunk of an IFF, RIFF or DSDIFF file: an ID, a data size, its place in the file and, for a container, a name
 * and the chunks inside it. Mirrors {@code mutagen._iff.IffChunk} together with {@code IffContainerChunkMixin};
 * the family's header layout comes from a {@link ChunkLayout}.
 *
 * <p>A chunk works on the {@link FileSource} it was read from: {@link #resize(long)}, {@link #write(byte[])},
 * {@link #delete()} and {@link #insertChunk(String, byte[])} edit it through the source's positional edit API and
 * fix the size fields of every parent, as mutagen does. Sizes are checked against the file before anything is
 * read; a chunk that claims more bytes than the file has is kept (mutagen tolerates truncated chunks) and only the
 * bytes that are there are read or moved.
 *
 * <p>{@link #dataSize()} is the size field as stored. For DSDIFF's 64-bit fields it is unsigned (use
 * {@link Long#toUnsignedString(long)}); offsets derived from it saturate at 2^60, beyond any real file.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class IffChunk {
    /** Sizes above this are treated as this in offset arithmetic (far beyond any file). */
    static final long SPAN_LIMIT = 1L << 60;
    /**
     * Stored sizes up to this take part in a resize (any size field mutagen can rewrite, as a DSDIFF {@code FRM8}
     * claiming 2^60 bytes); far below overflow for the arithmetic of a resize.
     */
    static final long SIZE_LIMIT = 1L << 62;

    private final FileSource source;
    private final ChunkLayout layout;
    private final IffChunk parent;
    private String id;
    private long dataSize;
    private long offset;
    private long dataOffset;
    private long size;
    private final int nameSize;
    private final String name;
    private List<IffChunk> subchunks = new ArrayList<>();

    private IffChunk(FileSource source, ChunkLayout layout, String id, long dataSize, long offset, IffChunk parent)
            throws IOException {
        this.source = source;
        this.layout = layout;
        this.parent = parent;
        this.id = id;
        this.dataSize = dataSize;
        this.offset = offset;
        this.dataOffset = offset + layout.headerSize();
        calculateSize();
        Integer containerName = layout.containers().get(id);
        if (containerName != null) {
            nameSize = containerName;
            if (Long.compareUnsigned(dataSize, nameSize) < 0) {
                throw new InvalidChunk("Container chunk data size < " + nameSize);
            }
            name = nameSize > 0 ? readName() : null;
        } else {
            nameSize = -1;
            name = null;
        }
    }

    /**
     * Parses the chunk whose header starts at {@code offset} (mutagen's {@code IffChunk.parse}).
     *
     * @param source the file to read (or to edit in place)
     * @param layout the layout
     * @param offset the offset in bytes
     * @param parent the parent
     * @return the {@code IffChunk}
     * @throws EmptyChunk when fewer header bytes than needed are left
     * @throws InvalidChunk for an ID that is not ASCII or not valid, or a container smaller than its name
     * @throws IffError for a container name that is not ASCII
     */
    public static IffChunk parse(FileSource source, ChunkLayout layout, long offset, IffChunk parent)
            throws IOException {
        int headerSize = layout.headerSize();
        byte[] header = source.read(offset, headerSize);
        if (header.length < headerSize) {
            throw new EmptyChunk("Header size < " + headerSize);
        }
        String id = ChunkIds.decode(header, 0);
        ByteReader r = new ByteReader(header, 4, headerSize, offset + 4, IffError::new);
        long dataSize;
        if (layout.sizeWidth() == 8) {
            dataSize = r.u64be();
        } else {
            dataSize = layout.bigEndian() ? r.u32be() : r.u32le();
        }
        return new IffChunk(source, layout, id, dataSize, offset, parent);
    }

    private String readName() throws IOException {
        byte[] raw = source.read(dataOffset, nameSize);
        String known = raw.length == 4 ? ChunkIds.common(raw, 0, false) : null;
        if (known != null) {
            return known;
        }
        for (int i = 0; i < raw.length; i++) {
            if ((raw[i] & 0xFF) > 0x7F) {
                throw new IffError(ChunkIds.asciiError(raw[i] & 0xFF, i));
            }
        }
        return new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // ---- attributes ------------------------------------------------------------------------------------------

    /**
     * The ID, trailing spaces removed ({@code "fmt"}, {@code "ID3"}).
     *
     * @return the ID, trailing spaces removed ({@code "fmt"}, {@code "ID3"})
     */
    public String id() {
        return id;
    }

    /**
     * Renames the chunk in memory only (WAVE calls its {@code ID3 } chunk {@code id3}, as mutagen does).
     *
     * @param value the value
     */
    public void setId(String value) {
        ChunkIds.assertValidChunkId(value);
        id = value;
    }

    /**
     * The size field: the number of data bytes the chunk claims (unsigned for 64-bit fields).
     *
     * @return the size field: the number of data bytes the chunk claims (unsigned for 64-bit fields)
     */
    public long dataSize() {
        return dataSize;
    }

    /**
     * The offset of the header.
     *
     * @return the offset of the header
     */
    public long offset() {
        return offset;
    }

    /**
     * The offset of the data.
     *
     * @return the offset of the data
     */
    public long dataOffset() {
        return dataOffset;
    }

    /**
     * Header, data and padding byte: the distance to the next chunk (saturated for absurd 64-bit sizes).
     *
     * @return the number
     */
    public long size() {
        return size;
    }

    /**
     * The padding byte after odd-sized data: 0 or 1.
     *
     * @return the padding byte after odd-sized data: 0 or 1
     */
    public int padding() {
        return (int) (dataSize & 1);
    }

    /**
     * The chunk that contains this one, or {@code null} for the root.
     *
     * @return the chunk that contains this one, or {@code null} for the root
     */
    public IffChunk parent() {
        return parent;
    }

    /**
     * The header layout of this chunk's family.
     *
     * @return the header layout of this chunk's family
     */
    public ChunkLayout layout() {
        return layout;
    }

    /**
     * Whether this chunk holds other chunks.
     *
     * @return whether this chunk holds other chunks
     */
    public boolean isContainer() {
        return nameSize >= 0;
    }

    /**
     * A container's name ({@code "WAVE"}, {@code "INFO"}, {@code "AIFC"}), or {@code null}.
     *
     * @return a container's name ({@code "WAVE"}, {@code "INFO"}, {@code "AIFC"}), or {@code null}
     */
    public String name() {
        return name;
    }

    private void calculateSize() {
        size = layout.headerSize() + span(dataSize) + padding();
    }

    /** A stored size as a non-negative offset distance, saturated at {@link #SPAN_LIMIT}. */
    static long span(long raw) {
        return raw < 0 || raw > SPAN_LIMIT ? SPAN_LIMIT : raw;
    }

    /** The data bytes the file really has: the claimed data and padding, cut at the end of the file. */
    long actualDataSize() throws IOException {
        long expected = span(dataSize) + padding();
        return Math.max(0, Math.min(expected, source.size() - dataOffset));
    }

    // ---- reading and writing the data -------------------------------------------------------------------------

    /**
     * The data, or as much of it as the file holds (mutagen's {@code read()}).
     *
     * @return the data, or as much of it as the file holds (mutagen's {@code read()})
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public byte[] read() throws IOException {
        long n = Math.min(span(dataSize), Math.max(0, source.size() - dataOffset));
        return source.read(dataOffset, Limits.checkLength(n, n, IffError::new));
    }

    /**
     * Writes the data at the start of the chunk's data, and the padding byte when the size is odd.
     *
     * @param data the bytes
     * @throws IllegalArgumentException (Python's {@code ValueError}) when the data is longer than the chunk
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void write(byte[] data) throws IOException {
        if (Long.compareUnsigned(data.length, dataSize) > 0) {
            throw new IllegalArgumentException("data of " + data.length + " bytes does not fit a chunk of "
                    + Long.toUnsignedString(dataSize));
        }
        source.write(dataOffset, data);
        if (padding() != 0) {
            source.write(dataOffset + dataSize, new byte[1]);
        }
    }

    /**
     * Resizes the data to {@code newDataSize} bytes (plus a padding byte when odd), adding or removing bytes at its
     * end, and fixes this chunk's and every parent's size field.
     *
     * @param newDataSize the new data size
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void resize(long newDataSize) throws IOException {
        if (newDataSize < 0) {
            throw new IllegalArgumentException("negative size " + newDataSize);
        }
        requireStaysInside(newDataSize);
        long oldSize = actualDataSize();
        source.resize(dataOffset, oldSize, newDataSize + (newDataSize & 1));
        updateSize(newDataSize - checkedData(), null);
    }

    /**
     * Declines a resize after which a container would end before this chunk (or one of its containers) starts, so
     * that no reader finds the chunk again. The containers' sizes change by the difference of the claimed sizes, as
     * in mutagen; when a chunk claims more bytes than its container has room for (a damaged file), that difference
     * can shrink the container to before the chunk. mutagen 1.48.1 writes such a file (docs/API-MAPPING.md).
     *
     * @throws IffError when the resized chunk would lie outside its container
     */
    private void requireStaysInside(long newDataSize) throws IffError {
        int header = layout.headerSize();
        long delta = header + newDataSize + (newDataSize & 1) - (header + checkedData() + padding());
        IffChunk child = this;
        for (IffChunk p = parent; p != null; child = p, p = p.parent) {
            long newData = p.checkedData() + delta;
            long newSize = header + newData + (newData & 1);
            if (newData < 0 || child.offset >= p.offset + newSize) {
                throw new IffError("cannot resize the " + PyRepr.str(id) + " chunk: the " + PyRepr.str(p.id)
                        + " chunk would end at byte " + (p.offset + newSize) + " and no longer hold the "
                        + PyRepr.str(child.id) + " chunk at byte " + child.offset + " (a size claims more bytes"
                        + " than its container holds)");
            }
            delta = newSize - p.size;
        }
    }

    /**
     * Removes the chunk from the file and from its parent, fixing the parents' sizes.
     *
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete() throws IOException {
        long fileSize = source.size();
        if (size > fileSize - offset) {
            throw new IffError("the " + PyRepr.str(id) + " chunk (" + size + " bytes at " + offset
                    + ") extends beyond the end of the file (" + fileSize + " bytes)");
        }
        source.delete(offset, size);
        if (parent != null) {
            parent.removeSubchunk(this);
        }
    }

    private long checkedData() throws IffError {
        if (dataSize < 0 || dataSize > SIZE_LIMIT) {
            throw new IffError("the size of the " + PyRepr.str(id) + " chunk ("
                    + Long.toUnsignedString(dataSize) + ") is out of range");
        }
        return dataSize;
    }

    private void updateSize(long sizeDiff, IffChunk changed) throws IOException {
        long oldSize = size;
        long newData = checkedData() + sizeDiff;
        if (newData < 0 || newData > layout.maxDataSize()) {
            throw new IffError("the size of the " + PyRepr.str(id) + " chunk would be " + newData
                    + ", which its " + layout.sizeWidth() + "-byte size field cannot hold");
        }
        dataSize = newData;
        byte[] field = new byte[layout.sizeWidth()];
        if (field.length == 8) {
            Bytes.put64be(field, 0, newData);
        } else if (layout.bigEndian()) {
            Bytes.put32be(field, 0, newData);
        } else {
            Bytes.put32le(field, 0, newData);
        }
        source.write(offset + 4, field);
        calculateSize();
        if (parent != null) {
            parent.updateSize(size - oldSize, this);
        }
        if (changed != null) {
            updateSiblingOffsets(changed, oldSize - size);
        }
    }

    // ---- container ---------------------------------------------------------------------------------------------

    /**
     * The chunks inside this container, read when first asked (and again while the list is empty, as mutagen
     * does). Reading stops at the container's end, at a header cut short or at an invalid chunk.
     *
     * @return the chunks inside this container, read when first asked (and again while the list is empty, as mutagen
     *     does)
     * @throws IllegalStateException when this chunk is not a container
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public List<IffChunk> subchunks() throws IOException {
        requireContainer();
        if (subchunks.isEmpty()) {
            List<IffChunk> found = new ArrayList<>();
            long next = dataOffset + nameSize;
            long end = offset + size;
            while (next < end) {
                IffChunk chunk;
                try {
                    chunk = parse(source, layout, next, this);
                } catch (InvalidChunk e) {
                    break;
                }
                found.add(chunk);
                next = chunk.offset + chunk.size;
            }
            subchunks = found;
        }
        return subchunks;
    }

    private void requireContainer() {
        if (!isContainer()) {
            throw new IllegalStateException("the " + id + " chunk is not a container");
        }
    }

    /**
     * The first direct subchunk with this ID, or {@code null}.
     *
     * @param chunkId the chunk ID (four characters)
     * @return the first direct subchunk with this ID, or {@code null}
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public IffChunk find(String chunkId) throws IOException {
        ChunkIds.assertValidChunkId(chunkId);
        for (IffChunk c : subchunks()) {
            if (c.id.equals(chunkId)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The first direct subchunk with this ID (mutagen's {@code chunk[id]}).
     *
     * @param chunkId the chunk ID (four characters)
     * @return the first direct subchunk with this ID (mutagen's {@code chunk[id]})
     * @throws NoSuchElementException (Python's {@code KeyError}) with {@link #missingMessage(String)}
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public IffChunk get(String chunkId) throws IOException {
        IffChunk c = find(chunkId);
        if (c == null) {
            throw new NoSuchElementException(missingMessage(chunkId));
        }
        return c;
    }

    /**
     * Whether a direct subchunk has this ID.
     *
     * @param chunkId the chunk ID (four characters)
     * @return whether a direct subchunk has this ID
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public boolean contains(String chunkId) throws IOException {
        return find(chunkId) != null;
    }

    /**
     * Removes the first direct subchunk with this ID from the file (mutagen's {@code del chunk[id]}).
     *
     * @param chunkId the chunk ID (four characters)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void remove(String chunkId) throws IOException {
        get(chunkId).delete();
    }

    /**
     * mutagen's {@code KeyError} text for a missing chunk: {@code No 'fmt' chunk found}.
     *
     * @param chunkId the chunk ID (four characters)
     * @return mutagen's {@code KeyError} text for a missing chunk: {@code No 'fmt' chunk found}
     */
    public static String missingMessage(String chunkId) {
        return "No " + PyRepr.str(chunkId) + " chunk found";
    }

    /**
     * Inserts a chunk at the end of this container (after the data the file really has), writes its data and the
     * padding byte, and fixes the sizes of this container and its parents.
     *
     * @param chunkId the new chunk's ID (padded with spaces to four characters)
     * @param data its data, or {@code null} for an empty chunk
     * @return the {@code IffChunk}
     * @throws IllegalArgumentException (Python's {@code KeyError("Invalid IFF key.")}) for an invalid ID
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public IffChunk insertChunk(String chunkId, byte[] data) throws IOException {
        requireContainer();
        if (!ChunkIds.isValidChunkId(chunkId)) {
            throw new IllegalArgumentException("Invalid IFF key.");
        }
        long next = dataOffset + actualDataSize();
        requireChainReaches(chunkId, next);
        int headerSize = layout.headerSize();
        long dataLen = data == null ? 0 : data.length;
        source.insert(next, headerSize + dataLen + (dataLen & 1));
        byte[] header = new byte[headerSize];
        byte[] idBytes = Bytes.ascii((chunkId + "   ").substring(0, 4));
        System.arraycopy(idBytes, 0, header, 0, 4);
        if (headerSize == 12) {
            Bytes.put64be(header, 4, dataLen);
        } else if (layout.bigEndian()) {
            Bytes.put32be(header, 4, dataLen);
        } else {
            Bytes.put32le(header, 4, dataLen);
        }
        source.write(next, header);
        IffChunk chunk = parse(source, layout, next, this);
        updateSize(chunk.size, null);
        if (data != null && data.length > 0) {
            chunk.write(data);
        }
        subchunks().add(chunk);
        return chunk;
    }

    /**
     * Declines an insertion that no reader would find: the chunks of this container, read one after the other, must
     * end exactly where the new chunk goes (the end of the data the file holds). They do not when a chunk claims more
     * bytes than the file holds (its claimed range would swallow the new chunk), when an odd-sized last chunk lacks
     * its padding byte, or when bytes that are no chunk stop the scan first. mutagen 1.48.1 inserts anyway and then
     * cannot see the chunk it wrote (docs/API-MAPPING.md).
     *
     * @throws IffError when the chunks do not end at {@code at}
     */
    private void requireChainReaches(String chunkId, long at) throws IOException {
        List<IffChunk> chunks = subchunks();
        long reached = chunks.isEmpty() ? dataOffset + nameSize : chunks.get(chunks.size() - 1).end();
        if (reached != at) {
            throw new IffError("cannot insert the " + PyRepr.str(chunkId) + " chunk: the chunks of the "
                    + PyRepr.str(id) + " chunk end at byte " + reached + ", not at the end of its data in the file"
                    + " (byte " + at + "), so the new chunk could not be read back");
        }
    }

    /** The offset just after this chunk (header, claimed data and padding), saturated for absurd sizes. */
    private long end() {
        return offset > SPAN_LIMIT - size ? SPAN_LIMIT : offset + size;
    }

    private void removeSubchunk(IffChunk chunk) throws IOException {
        updateSize(-chunk.size, chunk);
        for (int i = 0; i < subchunks.size(); i++) {
            if (subchunks.get(i) == chunk) {
                subchunks.remove(i);
                break;
            }
        }
    }

    private void updateSiblingOffsets(IffChunk changed, long sizeDiff) {
        boolean after = false;
        for (IffChunk sibling : subchunks) {
            if (after) {
                sibling.offset -= sizeDiff;
                sibling.dataOffset -= sizeDiff;
            } else if (sibling == changed) {
                after = true;
            }
        }
    }

    /** mutagen's repr: {@code <RiffChunk id=fmt, offset=12, size=24, data_offset=20, data_size=16>}. */
    @Override
    public String toString() {
        BigInteger data = new BigInteger(Long.toUnsignedString(dataSize));
        BigInteger exactSize = data.add(BigInteger.valueOf(layout.headerSize() + padding()));
        return "<" + layout.pythonClass(id) + " id=" + id + ", offset=" + offset + ", size=" + exactSize
                + ", data_offset=" + dataOffset + ", data_size=" + data + ">";
    }
}
