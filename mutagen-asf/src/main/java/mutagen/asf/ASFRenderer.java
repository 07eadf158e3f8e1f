// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.io.ByteArrayOutputStream;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mutagen.PaddingFunction;
import mutagen.PaddingInfo;

/**
 * Writes an ASF header: mutagen's {@code ASF.save} sorting of the attributes into the four metadata objects, the
 * {@code render} of each object type and {@code HeaderObject.render_full} (every object but padding, then one
 * padding object at the end of the header, sized by the padding policy).
 *
 * <p>Where each attribute goes, in order: a value larger than 0xFFFF bytes, a GUID or one with a language to the
 * metadata library; one with a stream to the metadata object (the first of its name; later ones to the library);
 * the five content description names ({@code Title}, {@code Author}, {@code Copyright}, {@code Description},
 * {@code Rating}) to the content description when text and the first of their name, else to the library; any other
 * name to the extended content description (the first of its name; later ones to the library).
 */
final class ASFRenderer {
    static final List<String> CONTENT_NAMES = List.of("Title", "Author", "Copyright", "Description", "Rating");
    private static final byte[] EXTENSION_RESERVED = {0x11, (byte) 0xD2, (byte) 0xD3, (byte) 0xAB, (byte) 0xBA,
        (byte) 0xA9, (byte) 0xcf, 0x11, (byte) 0x8E, (byte) 0xE6, 0x00, (byte) 0xC0, 0x0C, 0x20, 0x53, 0x65, 0x06,
        0x00};

    final Map<String, ASFBaseAttribute> toContentDescription = new LinkedHashMap<>();
    final Map<String, ASFBaseAttribute> toExtendedContentDescription = new LinkedHashMap<>();
    final Map<String, ASFBaseAttribute> toMetadata = new LinkedHashMap<>();
    final List<Map.Entry<String, ASFBaseAttribute>> toMetadataLibrary = new ArrayList<>();

    /** Sorts the attributes into the four objects. */
    ASFRenderer(List<Map.Entry<String, ASFBaseAttribute>> tags) {
        for (Map.Entry<String, ASFBaseAttribute> e : tags) {
            String name = e.getKey();
            ASFBaseAttribute value = e.getValue();
            boolean libraryOnly = value.dataSize() > 0xFFFF || value.type() == ASFGUIDAttribute.TYPE;
            boolean canContentDescription = value.type() == ASFUnicodeAttribute.TYPE;
            if (libraryOnly || value.language() != null) {
                toMetadataLibrary.add(e);
            } else if (value.stream() != null) {
                putFirst(toMetadata, e);
            } else if (CONTENT_NAMES.contains(name)) {
                if (!toContentDescription.containsKey(name) && canContentDescription) {
                    toContentDescription.put(name, value);
                } else {
                    toMetadataLibrary.add(e);
                }
            } else {
                putFirst(toExtendedContentDescription, e);
            }
        }
    }

    private void putFirst(Map<String, ASFBaseAttribute> target, Map.Entry<String, ASFBaseAttribute> e) {
        if (!target.containsKey(e.getKey())) {
            target.put(e.getKey(), e.getValue());
        } else {
            toMetadataLibrary.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()));
        }
    }

    /**
     * The whole new header object ({@code render_full}): {@code available} is the size of the header being
     * replaced, {@code fileSize} the file's size.
     */
    byte[] renderFull(ASFObject header, long available, long fileSize, PaddingFunction padding) throws ASFError {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        long count = 0;
        for (ASFObject obj : header.objects()) {
            if (!obj.is(ASFObjects.PADDING)) {
                data.writeBytes(render(obj));
                count++;
            }
        }
        long needed = data.size() + 30 + 24;
        long contentSize = fileSize - available;
        if (available < 0 || contentSize < 0) { // a size field beyond 2^63 is beyond any file too
            throw new ASFHeaderError("truncated content");
        }
        long wanted = new PaddingInfo(available - needed, contentSize).padding(padding);
        if (wanted > Integer.MAX_VALUE - 64 - data.size()) {
            throw new ASFError("padding of " + wanted + " bytes does not fit in memory");
        }
        data.writeBytes(object(ASFObjects.PADDING, new byte[(int) Math.max(wanted, 0)]));
        count++;
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.size() + 30);
        out.writeBytes(ASFObjects.HEADER);
        ASFBaseAttribute.le(out, data.size() + 30L, 8);
        ASFBaseAttribute.le(out, ASFUtil.checkU32(count), 4);
        out.write(1);
        out.write(2);
        out.writeBytes(data.toByteArray());
        return out.toByteArray();
    }

    private byte[] render(ASFObject obj) throws ASFError {
        return ASFObjects.kind(obj.guid()).renderer().render(this, obj);
    }

    private static byte[] object(byte[] guid, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 24);
        out.writeBytes(guid);
        ASFBaseAttribute.le(out, payload.length + 24L, 8);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    // ---- the renderers of the table ----

    static byte[] raw(ASFRenderer state, ASFObject obj) {
        return object(obj.guid(), obj.rawData());
    }

    static byte[] header(ASFRenderer state, ASFObject obj) throws ASFError {
        throw new ASFError(""); // mutagen's HeaderObject.render raises NotImplementedError
    }

    static byte[] contentDescription(ASFRenderer state, ASFObject obj) throws ASFError {
        List<byte[]> texts = new ArrayList<>(5);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (String name : CONTENT_NAMES) {
            ASFBaseAttribute value = state.toContentDescription.get(name);
            byte[] text = value == null ? new byte[0] : ((ASFUnicodeAttribute) value).renderValue();
            texts.add(text);
            ASFBaseAttribute.le(data, ASFUtil.checkU16(text.length), 2);
        }
        for (byte[] text : texts) {
            data.writeBytes(text);
        }
        return object(obj.guid(), data.toByteArray());
    }

    static byte[] extendedContentDescription(ASFRenderer state, ASFObject obj) throws ASFError {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (Map.Entry<String, ASFBaseAttribute> e : state.toExtendedContentDescription.entrySet()) {
            data.writeBytes(e.getValue().render(e.getKey()));
        }
        return counted(obj, state.toExtendedContentDescription.size(), data);
    }

    static byte[] metadata(ASFRenderer state, ASFObject obj) throws ASFError {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (Map.Entry<String, ASFBaseAttribute> e : state.toMetadata.entrySet()) {
            data.writeBytes(e.getValue().renderM(e.getKey()));
        }
        return counted(obj, state.toMetadata.size(), data);
    }

    static byte[] metadataLibrary(ASFRenderer state, ASFObject obj) throws ASFError {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (Map.Entry<String, ASFBaseAttribute> e : state.toMetadataLibrary) {
            data.writeBytes(e.getValue().renderMl(e.getKey()));
        }
        return counted(obj, state.toMetadataLibrary.size(), data);
    }

    private static byte[] counted(ASFObject obj, int count, ByteArrayOutputStream data) throws ASFError {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.size() + 26);
        out.writeBytes(obj.guid());
        ASFBaseAttribute.le(out, 26L + data.size(), 8);
        ASFBaseAttribute.le(out, ASFUtil.checkU16(count), 2);
        out.writeBytes(data.toByteArray());
        return out.toByteArray();
    }

    static byte[] headerExtension(ASFRenderer state, ASFObject obj) throws ASFError {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (ASFObject child : obj.objects()) {
            if (!child.is(ASFObjects.PADDING)) {
                data.writeBytes(state.render(child));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.size() + 46);
        out.writeBytes(obj.guid());
        ASFBaseAttribute.le(out, 46L + data.size(), 8);
        out.writeBytes(EXTENSION_RESERVED);
        ASFBaseAttribute.le(out, data.size(), 4);
        out.writeBytes(data.toByteArray());
        return out.toByteArray();
    }
}
