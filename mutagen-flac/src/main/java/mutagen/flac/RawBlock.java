// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

/**
 * A metadata block kept as raw bytes: APPLICATION blocks (see {@link Application}) and any unknown type, written
 * back unchanged with their code.
 *
 * <p>Mirrors a plain {@code mutagen.flac.MetadataBlock} instance. Like Python's, it compares by identity.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class RawBlock implements MetadataBlock {
    private int code;
    private byte[] data;

    /**
     * Creates a block of a type code with raw payload bytes.
     *
     * @param code the code
     * @param data the bytes
     */
    public RawBlock(int code, byte[] data) {
        this(code, data.clone(), true);
    }

    /** A block that owns {@code data} (a fresh array no one else holds), as the parser makes it. */
    RawBlock(int code, byte[] data, boolean owned) {
        this.code = code;
        this.data = data;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * Changes the type code (0..127 in a file; mutagen writes whatever byte it is given).
     *
     * @param newCode the new code
     */
    public void code(int newCode) {
        this.code = newCode;
    }

    /**
     * The payload bytes (a copy).
     *
     * @return the payload bytes (a copy)
     */
    public byte[] data() {
        return data.clone();
    }

    /**
     * Replaces the payload bytes.
     *
     * @param newData the new data
     */
    public void data(byte[] newData) {
        this.data = newData.clone();
    }

    /** The payload: {@link #data()}. */
    @Override
    public byte[] write() {
        return data.clone();
    }

    /** The payload length without copying it. */
    int length() {
        return data.length;
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " code=" + code + " (" + data.length + " bytes)>";
    }
}
