// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * ASF (Advanced Systems Format: Windows Media Audio and Video). Mirrors {@code mutagen.asf}.
 *
 * <p>File notes. An ASF file starts with the header object (GUID 75B22630-668E-11CF-A6D9-00AA0062CE6C, a 64-bit
 * size, a 32-bit object count and two reserved bytes), whose children are objects of a GUID and a 64-bit size each
 * (little-endian throughout); the data and index objects follow and are never read. Metadata lives in four objects:
 * the content description (five fixed texts: Title, Author, Copyright, Description, Rating), the extended content
 * description (named attributes of seven data types, values up to 64 KiB), and, inside the header extension object,
 * the metadata object (attributes with a stream number) and the metadata library object (attributes with a language
 * and stream, values of any size, GUIDs). A BOOL is a DWORD in the extended content description and a WORD in the
 * other two. Stream information comes from the file properties, stream properties and codec list objects.
 *
 * <p>Reference: Microsoft's "Advanced Systems Format (ASF) Specification", revision 01.20.05; mutagen 1.48.1's
 * {@code mutagen/asf/}. Quirks kept from mutagen: the header's reserved bytes are always written as 01 02; the
 * padding inside the header extension object is dropped and one padding object is written last in the header;
 * multiple values of a name spill over into the metadata library object; an attribute's type number outside 0..6
 * fails the load (mutagen's {@code KeyError}).
 */
package mutagen.asf;
