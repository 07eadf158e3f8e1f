// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import mutagen.util.ByteReader;
import mutagen.PaddingFunction;
import mutagen.PaddingInfo;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Renders metadata blocks and writes them between {@code fLaC} and the audio, moving the audio only when the new
 * metadata does not fit the old region.
 */
final class FLACWriter {
    private static final byte[] TAG = Bytes.ascii("TAG");
    private static final int ZERO_CHUNK = 64 * 1024;

    private FLACWriter() {
    }

    /** Rendered metadata: the blocks with their headers, then the final padding block's header and length. */
    static final class Rendered {
        final byte[] blocks;
        final long padding;

        Rendered(byte[] blocks, long padding) {
            this.blocks = blocks;
            this.padding = padding;
        }

        long size() {
            return blocks.length + padding;
        }

        byte[] toBytes() {
            byte[] out = Arrays.copyOf(blocks, (int) size());
            return out;
        }
    }

    /** One block with its 4-byte header (mutagen's {@code _writeblock}). */
    static byte[] writeBlock(MetadataBlock block, boolean last) throws FLACError {
        byte[] datum = block.write();
        long size = datum.length;
        if (size > MetadataBlock.MAX_SIZE) {
            long overflow = overflowSize(block);
            if (overflow != -1) {
                // The block came with a wrong size and its real size does not fit 24 bits: write the old, wrong size
                // back rather than fail (mutagen 1.48.1 does the same).
                size = overflow;
            } else {
                throw new FLACError("block is too long to write");
            }
        }
        byte[] out = new byte[4 + datum.length];
        out[0] = (byte) (last ? block.code() | 0x80 : block.code());
        Bytes.put24be(out, 1, (int) size);
        System.arraycopy(datum, 0, out, 4, datum.length);
        return out;
    }

    private static long overflowSize(MetadataBlock block) {
        if (block instanceof Picture) {
            return ((Picture) block).invalidOverflowSize;
        } else if (block instanceof VCFLACDict) {
            return ((VCFLACDict) block).invalidOverflowSize;
        }
        return -1;
    }

    /**
     * Every block except padding, then one final padding block sized by the padding function (mutagen's
     * {@code _writeblocks}).
     *
     * @param available the bytes of the old metadata region (after {@code fLaC})
     * @param contentSize the bytes after that region
     */
    static Rendered writeBlocks(List<MetadataBlock> blocks, long available, long contentSize,
                                PaddingFunction padding) throws FLACError {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (MetadataBlock block : blocks) {
            if (block instanceof Padding) {
                continue;
            }
            byte[] b = writeBlock(block, false);
            data.write(b, 0, b.length);
        }
        long blocksSize = data.size() + 4L;
        PaddingInfo info = new PaddingInfo(available - blocksSize, contentSize);
        long length = Math.min(info.padding(padding), MetadataBlock.MAX_SIZE);
        length = Math.max(length, 0);
        byte[] header = new byte[4];
        header[0] = (byte) (Padding.CODE | 0x80);
        Bytes.put24be(header, 1, (int) length);
        data.write(header, 0, 4);
        return new Rendered(data.toByteArray(), length);
    }

    /** Rewrites the metadata of the file in {@code target} (mutagen's {@code FLAC._save}). */
    static void save(FileSource target, String name, List<MetadataBlock> blocks, boolean deleteId3,
                     PaddingFunction padding) throws IOException {
        ByteReader in = FLACParser.reader(target);
        long header = FLACParser.checkHeader(in, name);
        long audioOffset = FLACParser.findAudioOffset(in);
        long available = audioOffset - header;
        if (deleteId3 && header > 4) {
            available += header - 4;
            header = 4;
        }
        long contentSize = target.size() - audioOffset;
        Rendered data = writeBlocks(blocks, available, contentSize, padding);

        // Same size: only the metadata bytes are rewritten. Otherwise the region is resized, which moves the audio.
        target.resize(header, available, data.size());
        byte[] head = new byte[4 + data.blocks.length];
        System.arraycopy(FLACParser.MAGIC, 0, head, 0, 4);
        System.arraycopy(data.blocks, 0, head, 4, data.blocks.length);
        target.write(header - 4, head);
        long at = header + data.blocks.length;
        byte[] zeros = new byte[(int) Math.min(ZERO_CHUNK, data.padding)];
        for (long left = data.padding; left > 0; ) {
            int n = (int) Math.min(zeros.length, left);
            target.write(at, n == zeros.length ? zeros : Arrays.copyOf(zeros, n));
            at += n;
            left -= n;
        }

        if (deleteId3) {
            long size = target.size();
            if (size >= 128 && Arrays.equals(target.read(size - 128, 3), TAG)) {
                target.truncate(size - 128);
            }
        }
    }
}
