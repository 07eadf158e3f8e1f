// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.Text;

/**
 * Nero chapters ({@code moov.udta.chpl}), a list of {@link Chapter}. Mirrors {@code mutagen.mp4.MP4Chapters}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class MP4Chapters extends AbstractList<Chapter> {
    private final List<Chapter> chapters = new ArrayList<>();
    private long timescale;
    private long duration;

    /** Reads the chapters; the file must have {@code moov.mvhd} and {@code moov.udta.chpl}. */
    MP4Chapters(Atoms atoms, FileSource in) throws IOException {
        parseMvhd(atoms.get(MP4MetadataError::new, "moov", "mvhd").readData(in, MP4MetadataError::new));
        if (timescale == 0) {
            throw new MP4MetadataError("Unable to get timescale");
        }
        parseChpl(atoms.get(MP4MetadataError::new, "moov", "udta", "chpl").readData(in, MP4MetadataError::new));
    }

    private void parseMvhd(byte[] d) throws MP4Error {
        if (d == null) {
            throw new MP4StreamInfoError("Invalid mvhd");
        }
        if (d.length < 1) {
            throw new MP4MetadataError("index out of range");
        }
        if (d[0] == 0) {
            timescale = s32(d, 12);
            duration = s32(d, 16);
        } else if (d[0] == 1) {
            timescale = s32(d, 20);
            if (d.length < 32) {
                throw new MP4MetadataError("unpack requires a buffer of 8 bytes");
            }
            duration = Bytes.uintBE(d, 24, 8);
        }
    }

    private static long s32(byte[] d, int at) throws MP4MetadataError {
        if (d.length < at + 4) {
            throw new MP4MetadataError("unpack requires a buffer of 4 bytes");
        }
        return (int) Bytes.u32be(d, at);
    }

    private void parseChpl(byte[] d) throws MP4Error {
        if (d == null) {
            throw new MP4StreamInfoError("Invalid atom");
        }
        if (d.length < 9) {
            throw new MP4MetadataError("index out of range");
        }
        int count = d[8] & 0xFF;
        int pos = 9;
        for (int i = 0; i < count; i++) {
            if (pos + 8 > d.length) {
                throw new MP4MetadataError("unpack requires a buffer of 8 bytes");
            }
            long raw = Bytes.uintBE(d, pos, 8);
            double start = (raw >= 0 ? (double) raw : (double) (raw >>> 1) * 2.0 + (raw & 1)) / 10000000;
            pos += 8;
            if (pos >= d.length) {
                throw new MP4MetadataError("index out of range");
            }
            int len = d[pos] & 0xFF;
            pos += 1;
            int n = Math.min(len, d.length - pos);
            String title;
            try {
                title = Text.utf8(d, pos, n);
            } catch (CharacterCodingException e) {
                throw new MP4MetadataError("chapter " + i + " title: " + Text.utf8ErrorText(d, pos, n));
            }
            pos += len;
            chapters.add(new Chapter(start, title));
        }
    }

    @Override
    public Chapter get(int index) {
        return chapters.get(index);
    }

    @Override
    public int size() {
        return chapters.size();
    }

    /**
     * The movie's timescale from {@code mvhd}.
     *
     * @return the movie's timescale from {@code mvhd}
     */
    public long timescale() {
        return timescale;
    }

    /**
     * The movie's duration in timescale units from {@code mvhd}.
     *
     * @return the movie's duration in timescale units from {@code mvhd}
     */
    public long duration() {
        return duration;
    }

    /**
     * {@code chapters=} and one line per chapter: Python's {@code str(timedelta(seconds=start))} and the title.
     *
     * @return {@code chapters=} and one line per chapter: Python's {@code str(timedelta(seconds=start))} and the title
     */
    public String pprint() {
        List<String> lines = new ArrayList<>();
        for (Chapter c : chapters) {
            lines.add(timedelta(c.start()) + " " + c.title());
        }
        return "chapters=" + String.join("\n  ", lines);
    }

    /** {@code str(timedelta(seconds=s))} for s >= 0. */
    static String timedelta(double seconds) {
        long us = new BigDecimal(seconds).movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        long days = us / 86_400_000_000L;
        long rest = us % 86_400_000_000L;
        long secs = rest / 1_000_000;
        long micro = rest % 1_000_000;
        StringBuilder sb = new StringBuilder();
        if (days != 0) {
            sb.append(days).append(days == 1 ? " day, " : " days, ");
        }
        sb.append(secs / 3600).append(':').append(String.format("%02d:%02d", (secs / 60) % 60, secs % 60));
        if (micro != 0) {
            sb.append(String.format(".%06d", micro));
        }
        return sb.toString();
    }
}
