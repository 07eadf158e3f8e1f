// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of ASF object types: GUID -> mutagen's class name, how the payload is read ({@link ASFParser}) and how
 * the object is written ({@link ASFRenderer}). A GUID that is not in it is an {@code UnknownObject}: kept as read
 * and written back byte for byte, as are the objects the table reads nothing from.
 */
final class ASFObjects {
    /** Reads an object's payload into the object and the load's state. */
    @FunctionalInterface
    interface Parser {
        void parse(ASFParser state, ASFObject obj, byte[] data, int depth) throws ASFError;
    }

    /** Writes an object, header included. */
    @FunctionalInterface
    interface Renderer {
        byte[] render(ASFRenderer state, ASFObject obj) throws ASFError;
    }

    /** One row of the table. */
    record Kind(String name, Parser parser, Renderer renderer) {
    }

    static final byte[] HEADER = ASFUtil.guid2bytes(ASFObject.HEADER);
    static final byte[] CONTENT_DESCRIPTION = ASFUtil.guid2bytes(ASFObject.CONTENT_DESCRIPTION);
    static final byte[] EXTENDED_CONTENT_DESCRIPTION = ASFUtil.guid2bytes(ASFObject.EXTENDED_CONTENT_DESCRIPTION);
    static final byte[] HEADER_EXTENSION = ASFUtil.guid2bytes(ASFObject.HEADER_EXTENSION);
    static final byte[] METADATA = ASFUtil.guid2bytes(ASFObject.METADATA);
    static final byte[] METADATA_LIBRARY = ASFUtil.guid2bytes(ASFObject.METADATA_LIBRARY);
    static final byte[] PADDING = ASFUtil.guid2bytes(ASFObject.PADDING);

    private static final Kind UNKNOWN = new Kind("UnknownObject", ASFParser::keep, ASFRenderer::raw);
    /** The known kinds, found by their GUID's two halves (a scan of a dozen pairs, no key object per lookup). */
    private static final List<Kind> KINDS = new ArrayList<>();
    private static final List<long[]> GUIDS = new ArrayList<>();

    static {
        add(ASFObject.HEADER, "HeaderObject", ASFParser::header, ASFRenderer::header);
        add(ASFObject.CONTENT_DESCRIPTION, "ContentDescriptionObject", ASFParser::contentDescription,
                ASFRenderer::contentDescription);
        add(ASFObject.EXTENDED_CONTENT_DESCRIPTION, "ExtendedContentDescriptionObject",
                ASFParser::extendedContentDescription, ASFRenderer::extendedContentDescription);
        add(ASFObject.FILE_PROPERTIES, "FilePropertiesObject", ASFParser::fileProperties, ASFRenderer::raw);
        add(ASFObject.STREAM_PROPERTIES, "StreamPropertiesObject", ASFParser::streamProperties, ASFRenderer::raw);
        add(ASFObject.CODEC_LIST, "CodecListObject", ASFParser::codecList, ASFRenderer::raw);
        add(ASFObject.PADDING, "PaddingObject", ASFParser::keep, ASFRenderer::raw);
        add(ASFObject.STREAM_BITRATE_PROPERTIES, "StreamBitratePropertiesObject", ASFParser::keep, ASFRenderer::raw);
        add(ASFObject.CONTENT_ENCRYPTION, "ContentEncryptionObject", ASFParser::keep, ASFRenderer::raw);
        add(ASFObject.EXTENDED_CONTENT_ENCRYPTION, "ExtendedContentEncryptionObject", ASFParser::keep,
                ASFRenderer::raw);
        add(ASFObject.HEADER_EXTENSION, "HeaderExtensionObject", ASFParser::headerExtension,
                ASFRenderer::headerExtension);
        add(ASFObject.METADATA, "MetadataObject", ASFParser::metadata, ASFRenderer::metadata);
        add(ASFObject.METADATA_LIBRARY, "MetadataLibraryObject", ASFParser::metadataLibrary,
                ASFRenderer::metadataLibrary);
    }

    private ASFObjects() {
    }

    private static void add(String guid, String name, Parser parser, Renderer renderer) {
        byte[] g = ASFUtil.guid2bytes(guid);
        GUIDS.add(new long[] {half(g, 0), half(g, 8)});
        KINDS.add(new Kind(name, parser, renderer));
    }

    /** The row of a GUID, {@code UnknownObject} when it has none. */
    static Kind kind(byte[] guid) {
        if (guid.length != 16) {
            return UNKNOWN;
        }
        long high = half(guid, 0);
        long low = half(guid, 8);
        for (int i = 0; i < GUIDS.size(); i++) {
            long[] g = GUIDS.get(i);
            if (g[0] == high && g[1] == low) {
                return KINDS.get(i);
            }
        }
        return UNKNOWN;
    }

    private static long half(byte[] b, int off) {
        long v = 0;
        for (int i = off; i < off + 8; i++) {
            v = v << 8 | (b[i] & 0xFF);
        }
        return v;
    }
}
