// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.AudioHeader;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.TagField;

/**
 * The jaudiotagger 3.0.1 side of {@code bench/compare}: read a file, touch its audio header and every tag field,
 * the same work as {@link Touch} does with our library. Only used by the comparison; never by the library.
 */
public final class JaudiotaggerReader {
    // jaudiotagger logs every oddity of a file through java.util.logging; keep a strong reference while it is off.
    private static final Logger LOG = Logger.getLogger("org.jaudiotagger");

    static {
        LOG.setLevel(Level.OFF);
    }

    private JaudiotaggerReader() {
    }

    /** Reads the file and touches everything; returns a checksum. */
    public static long read(java.io.File file) throws Exception {
        AudioFile af = AudioFileIO.read(file);
        long sum = 0;
        AudioHeader h = af.getAudioHeader();
        if (h != null) {
            sum += h.getTrackLength();
            sum += h.getSampleRateAsNumber();
            sum += h.getBitRateAsNumber();
            sum += String.valueOf(h.getChannels()).length();
            sum += String.valueOf(h.getEncodingType()).length();
            sum += String.valueOf(h.getFormat()).length();
        }
        Tag tag = af.getTag();
        if (tag != null) {
            for (Iterator<TagField> it = tag.getFields(); it.hasNext(); ) {
                TagField f = it.next();
                sum += f.getId().length();
                sum += String.valueOf(f).length();
            }
        }
        return sum;
    }

    /** The simple class name of what jaudiotagger returns for the file (e.g. MP3File, AudioFile). */
    public static String kind(java.io.File file) throws Exception {
        return AudioFileIO.read(file).getClass().getSimpleName();
    }
}
