// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * The typed accessors of the fields that several frame classes share, written once: a frame class with a field of
 * one of these names implements the interface of that name ({@code APIC implements WithEncoding, WithDesc, ...}).
 *
 * <p>Each accessor reads or assigns the field through {@link Frame#get(String)} and {@link Frame#set(String, Object)},
 * with mutagen's validation. A getter of an optional field that is not set returns {@code null}.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class FrameFields {
    private FrameFields() {
    }

    /** Field access by name, as {@link Frame} provides it. */
    public interface Named {
        /**
         * The value of a field (see {@link Frame#get(String)}).
         *
         * @param name the field's name
         * @return the value, or {@code null} for an optional field that is not set
         */
        Object get(String name);

        /**
         * Assigns a field after validating it (see {@link Frame#set(String, Object)}).
         *
         * @param name the field's name
         * @param value the new value
         * @return the frame
         */
        Frame set(String name, Object value);
    }

    /** A frame with a text {@code encoding} field. */
    public interface WithEncoding extends Named {
        /**
         * The encoding of the frame's text fields.
         *
         * @return the encoding of the frame's text fields
         */
        default Encoding encoding() {
            return (Encoding) get("encoding");
        }

        /**
         * Sets the encoding of the frame's text fields.
         *
         * @param encoding the encoding of the frame's text fields
         */
        default void setEncoding(Encoding encoding) {
            set("encoding", encoding);
        }
    }

    /** A frame with a {@code desc} (description) field. */
    public interface WithDesc extends Named {
        /**
         * The description.
         *
         * @return the description
         */
        default String desc() {
            return (String) get("desc");
        }

        /**
         * Sets the description.
         *
         * @param desc the description
         */
        default void setDesc(String desc) {
            set("desc", desc);
        }
    }

    /** A frame with a binary {@code data} field. */
    public interface WithData extends Named {
        /**
         * The binary data.
         *
         * @return the binary data
         */
        default byte[] data() {
            return (byte[]) get("data");
        }

        /**
         * Sets the binary data.
         *
         * @param data the binary data
         */
        default void setData(byte[] data) {
            set("data", data);
        }
    }

    /** A frame with an {@code owner} field (an owner identifier or email, Latin-1). */
    public interface WithOwner extends Named {
        /**
         * The owner identifier.
         *
         * @return the owner identifier
         */
        default String owner() {
            return (String) get("owner");
        }

        /**
         * Sets the owner identifier.
         *
         * @param owner the owner identifier
         */
        default void setOwner(String owner) {
            set("owner", owner);
        }
    }

    /** A frame with a three-letter {@code lang} (ISO 639-2 language) field. */
    public interface WithLang extends Named {
        /**
         * The language code.
         *
         * @return the language code
         */
        default String lang() {
            return (String) get("lang");
        }

        /**
         * Sets the language code (three characters).
         *
         * @param lang the language code (three characters)
         */
        default void setLang(String lang) {
            set("lang", lang);
        }
    }

    /** A frame with a {@code mime} (MIME type) field. */
    public interface WithMime extends Named {
        /**
         * The MIME type.
         *
         * @return the MIME type
         */
        default String mime() {
            return (String) get("mime");
        }

        /**
         * Sets the MIME type.
         *
         * @param mime the MIME type
         */
        default void setMime(String mime) {
            set("mime", mime);
        }
    }

    /** A frame with a one-byte {@code format} field (a time stamp format or a received-as code). */
    public interface WithFormat extends Named {
        /**
         * The format byte.
         *
         * @return the format byte
         */
        default Integer format() {
            return (Integer) get("format");
        }

        /**
         * Sets the format byte (0..255).
         *
         * @param format the format byte (0..255)
         */
        default void setFormat(int format) {
            set("format", format);
        }
    }

    /** A frame with a one-byte {@code group} (group symbol) field. */
    public interface WithGroup extends Named {
        /**
         * The group symbol.
         *
         * @return the group symbol
         */
        default Integer group() {
            return (Integer) get("group");
        }

        /**
         * Sets the group symbol (0..255).
         *
         * @param group the group symbol (0..255)
         */
        default void setGroup(int group) {
            set("group", group);
        }
    }

    /** A frame with a one-byte {@code method} (encryption or interpolation method) field. */
    public interface WithMethod extends Named {
        /**
         * The method byte.
         *
         * @return the method byte
         */
        default Integer method() {
            return (Integer) get("method");
        }

        /**
         * Sets the method byte (0..255).
         *
         * @param method the method byte (0..255)
         */
        default void setMethod(int method) {
            set("method", method);
        }
    }
}
