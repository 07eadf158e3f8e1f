// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

import java.util.Map;

/**
 * How one family of chunked files lays out its chunk headers: the header size, the width and byte order of the size
 * field, which IDs are containers (and how long their name is), and mutagen's class name for each kind of chunk
 * (used in a chunk's repr, which DSDIFF's "Root chunk must be a FRM8 chunk" error prints).
 *
 * <p>mutagen models this with one chunk subclass per family ({@code RiffChunk}, {@code AIFFChunk},
 * {@code DSDIFFChunk}) and a container mixin; here a table does it (see {@code docs/API-MAPPING.md}).
 *
 * <p>Thread safety: an immutable record, safe to share across threads as long as its array or collection components
 * are not changed.
 *
 * @param family the family's name, for messages
 * @param headerSize 8 (ID and a 32-bit size) or 12 (ID and a 64-bit size)
 * @param bigEndian whether the size field is big-endian
 * @param containers container IDs and the length of the name that starts their data (0: no name)
 * @param plainClass mutagen's class name of a chunk that is not a container
 * @param containerClasses mutagen's class name of each container ID
 */
public record ChunkLayout(String family, int headerSize, boolean bigEndian, Map<String, Integer> containers,
        String plainClass, Map<String, String> containerClasses) {

    /** RIFF (WAVE): little-endian 32-bit sizes, containers {@code RIFF} and {@code LIST}. */
    public static final ChunkLayout RIFF = new ChunkLayout("RIFF", 8, false, Map.of("RIFF", 4, "LIST", 4),
            "RiffChunk", Map.of("RIFF", "RiffListChunk", "LIST", "RiffListChunk"));

    /** AIFF and AIFF-C: big-endian 32-bit sizes, container {@code FORM}. */
    public static final ChunkLayout AIFF = new ChunkLayout("AIFF", 8, true, Map.of("FORM", 4),
            "AIFFChunk", Map.of("FORM", "AIFFFormChunk"));

    /**
     * DSDIFF: big-endian 64-bit sizes (12-byte headers), containers {@code FRM8} and {@code PROP} with a name and
     * {@code DST } without one.
     */
    public static final ChunkLayout DSDIFF = new ChunkLayout("DSDIFF", 12, true,
            Map.of("FRM8", 4, "PROP", 4, "DST", 0), "DSDIFFChunk",
            Map.of("FRM8", "DSDIFFListChunk", "PROP", "DSDIFFListChunk", "DST", "DSTChunk"));

    /**
     * Checks the values.
     *
     * @param family the family
     * @param headerSize the header size
     * @param bigEndian whether the bytes are big-endian
     * @param containers the containers
     * @param plainClass the plain class
     * @param containerClasses the container classes
     */
    public ChunkLayout {
        if (headerSize != 8 && headerSize != 12) {
            throw new IllegalArgumentException("header size must be 8 or 12: " + headerSize);
        }
        containers = Map.copyOf(containers);
        containerClasses = Map.copyOf(containerClasses);
    }

    /**
     * The width of the size field: 4 or 8 bytes.
     *
     * @return the width of the size field: 4 or 8 bytes
     */
    public int sizeWidth() {
        return headerSize - 4;
    }

    /**
     * The largest size the size field holds (for 8-byte fields: as an unsigned value, saturated to a long).
     *
     * @return the largest size the size field holds (for 8-byte fields: as an unsigned value, saturated to a long)
     */
    public long maxDataSize() {
        return sizeWidth() == 4 ? 0xFFFF_FFFFL : Long.MAX_VALUE;
    }

    /**
     * Whether a chunk with this ID is a container.
     *
     * @param id the identifier
     * @return whether a chunk with this ID is a container
     */
    public boolean isContainer(String id) {
        return containers.containsKey(id);
    }

    /**
     * The length of a container's name (only for {@link #isContainer(String) container} IDs).
     *
     * @param id the identifier
     * @return the length of a container's name (only for {@link #isContainer(String) container} IDs)
     */
    public int nameSize(String id) {
        Integer n = containers.get(id);
        return n == null ? 0 : n;
    }

    /**
     * mutagen's class name for a chunk with this ID.
     *
     * @param id the identifier
     * @return mutagen's class name for a chunk with this ID
     */
    public String pythonClass(String id) {
        return containerClasses.getOrDefault(id, plainClass);
    }
}
