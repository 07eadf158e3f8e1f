// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.util.Objects;

/**
 * An attribute held as its bytes: the shared part of {@link ASFByteArrayAttribute} and {@link ASFGUIDAttribute}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class ASFBytesAttribute extends ASFBaseAttribute {
    private final byte[] value;

    ASFBytesAttribute(byte[] value, Integer language, Integer stream) {
        super(language, stream);
        this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public byte[] value() {
        return value;
    }

    @Override
    public long dataSize() {
        return value.length;
    }

    @Override
    public byte[] renderValue() {
        return value;
    }

    @Override
    public byte[] bytes() {
        return value;
    }
}
