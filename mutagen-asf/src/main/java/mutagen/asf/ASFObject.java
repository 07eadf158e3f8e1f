// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One object of an ASF header: its GUID, the payload it was read with and, for the header and header extension
 * objects, its children. Mirrors mutagen's {@code BaseObject} subclasses; which class an object is (its
 * {@link #name()}) and how it is read and written come from a table keyed by GUID ({@code ASFObjects}), and an
 * object whose GUID is not in it is an {@code UnknownObject}, written back byte for byte.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ASFObject {
    /** The GUID of the header object. */
    public static final String HEADER = "75B22630-668E-11CF-A6D9-00AA0062CE6C";
    /** The GUID of the content description object. */
    public static final String CONTENT_DESCRIPTION = "75B22633-668E-11CF-A6D9-00AA0062CE6C";
    /** The GUID of the extended content description object. */
    public static final String EXTENDED_CONTENT_DESCRIPTION = "D2D0A440-E307-11D2-97F0-00A0C95EA850";
    /** The GUID of the file properties object. */
    public static final String FILE_PROPERTIES = "8CABDCA1-A947-11CF-8EE4-00C00C205365";
    /** The GUID of the stream properties object. */
    public static final String STREAM_PROPERTIES = "B7DC0791-A9B7-11CF-8EE6-00C00C205365";
    /** The GUID of the codec list object. */
    public static final String CODEC_LIST = "86D15240-311D-11D0-A3A4-00A0C90348F6";
    /** The GUID of the padding object. */
    public static final String PADDING = "1806D474-CADF-4509-A4BA-9AABCB96AAE8";
    /** The GUID of the stream bitrate properties object. */
    public static final String STREAM_BITRATE_PROPERTIES = "7BF875CE-468D-11D1-8D82-006097C9A2B2";
    /** The GUID of the content encryption object. */
    public static final String CONTENT_ENCRYPTION = "2211B3FB-BD23-11D2-B4B7-00A0C955FC6E";
    /** The GUID of the extended content encryption object. */
    public static final String EXTENDED_CONTENT_ENCRYPTION = "298AE614-2622-4C17-B935-DAE07EE9289C";
    /** The GUID of the header extension object. */
    public static final String HEADER_EXTENSION = "5FBF03B5-A92E-11CF-8EE3-00C00C205365";
    /** The GUID of the metadata object. */
    public static final String METADATA = "C5F8CBEA-5BAF-4877-8467-AA8C44FA4CCA";
    /** The GUID of the metadata library object. */
    public static final String METADATA_LIBRARY = "44231C94-9498-49D1-A141-1D134E457054";

    private final byte[] guid;
    private byte[] data = new byte[0];
    private final List<ASFObject> objects = new ArrayList<>();

    /**
     * A new, empty object of a GUID given as text ({@code ContentDescriptionObject()} and the like).
     *
     * @param guid the guid
     */
    public ASFObject(String guid) {
        this(ASFUtil.guid2bytes(guid));
    }

    ASFObject(byte[] guid) {
        this.guid = guid.clone();
    }

    private ASFObject(byte[] owned, boolean unused) {
        this.guid = owned;
    }

    /** An object whose GUID is an array nobody else holds (the parser's own copy). */
    static ASFObject owning(byte[] guid) {
        return new ASFObject(guid, true);
    }

    /**
     * The GUID's 16 bytes (a copy).
     *
     * @return the GUID's 16 bytes (a copy)
     */
    public byte[] guid() {
        return guid.clone();
    }

    /**
     * The GUID as text.
     *
     * @return the GUID as text
     */
    public String guidText() {
        return ASFUtil.bytes2guid(guid);
    }

    boolean is(byte[] other) {
        return Arrays.equals(guid, other);
    }

    /**
     * mutagen's class name of the object ({@code ContentDescriptionObject}, ..., {@code UnknownObject}).
     *
     * @return mutagen's class name of the object ({@code ContentDescriptionObject}, ..., {@code UnknownObject})
     */
    public String name() {
        return ASFObjects.kind(guid).name();
    }

    /**
     * The payload the object was read with (a copy; empty for new objects).
     *
     * @return the payload the object was read with (a copy; empty for new objects)
     */
    public byte[] data() {
        return data.clone();
    }

    void data(byte[] payload) {
        data = payload;
    }

    byte[] rawData() {
        return data;
    }

    /**
     * The children (header and header extension objects), a live list.
     *
     * @return the children (header and header extension objects), a live list
     */
    public List<ASFObject> objects() {
        return objects;
    }

    /**
     * The first child with the GUID given as text, or {@code null} ({@code get_child}).
     *
     * @param guidText the guid text
     * @return the first child with the GUID given as text, or {@code null} ({@code get_child})
     */
    public ASFObject getChild(String guidText) {
        return child(ASFUtil.guid2bytes(guidText));
    }

    ASFObject child(byte[] g) {
        for (ASFObject o : objects) {
            if (o.is(g)) {
                return o;
            }
        }
        return null;
    }

    /**
     * The object and its children, one a line, indented by two spaces a level ({@code pprint()}).
     *
     * @return the object and its children, one a line, indented by two spaces a level ({@code pprint()})
     */
    public String pprint() {
        StringBuilder sb = new StringBuilder(name()).append('(').append(guidText()).append(')');
        for (ASFObject o : objects) {
            for (String line : o.pprint().split("\n", -1)) {
                sb.append("\n  ").append(line);
            }
        }
        return sb.toString();
    }

    /** Python's {@code repr}: {@code <Name GUID=... objects=[...]>}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<").append(name()).append(" GUID=").append(guidText())
                .append(" objects=[");
        for (int i = 0; i < objects.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(objects.get(i));
        }
        return sb.append("]>").toString();
    }
}
