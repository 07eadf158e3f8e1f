// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import mutagen.MutagenError;
import mutagen.util.BitReader;

/**
 * An AAC {@code program_config_element()} (ISO/IEC 14496-3, 4.4.1.1), read for its channel count (mutagen's
 * {@code ProgramConfigElement}). Front, side and back elements count one channel, two for a channel pair; each LFE
 * element counts one. The reader ends after the comment field, byte aligned.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ProgramConfigElement {
    private final int elementInstanceTag;
    private final int objectType;
    private final int samplingFrequencyIndex;
    private final int channels;

    /**
     * Reads the element at the bit reader's position.
     *
     * @param r the r
     * @throws MutagenError (the reader's error) when the data ends inside it
     */
    public ProgramConfigElement(BitReader r) throws MutagenError {
        elementInstanceTag = r.intBits(4);
        objectType = r.intBits(2);
        samplingFrequencyIndex = r.intBits(4);
        int front = r.intBits(4);
        int side = r.intBits(4);
        int back = r.intBits(4);
        int lfe = r.intBits(2);
        int assocData = r.intBits(3);
        int validCc = r.intBits(4);
        // mono, stereo and matrix mixdown: a flag, then 4, 4 and 3 bits when set
        for (int width : new int[] {4, 4, 3}) {
            if (r.intBits(1) == 1) {
                r.skip(width);
            }
        }
        int count = 0;
        for (int i = 0; i < front + side + back; i++) {
            count += 1 + r.intBits(1);
            r.skip(4);
        }
        channels = count + lfe;
        r.skip(4L * lfe);
        r.skip(4L * assocData);
        r.skip(5L * validCc);
        r.align();
        int commentBytes = r.intBits(8);
        r.skip(8L * commentBytes);
    }

    /**
     * {@code element_instance_tag}.
     *
     * @return {@code element_instance_tag}
     */
    public int elementInstanceTag() {
        return elementInstanceTag;
    }

    /**
     * {@code object_type} (the profile).
     *
     * @return {@code object_type} (the profile)
     */
    public int objectType() {
        return objectType;
    }

    /**
     * {@code sampling_frequency_index}.
     *
     * @return {@code sampling_frequency_index}
     */
    public int samplingFrequencyIndex() {
        return samplingFrequencyIndex;
    }

    /**
     * The number of channels the element declares.
     *
     * @return the number of channels the element declares
     */
    public int channels() {
        return channels;
    }
}
