// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;
import mutagen.util.PyCompat;
import mutagen.util.PyRepr;

/**
 * The behaviour of generated frame classes that is more than one expression: frames.tsv's rules of CHAP, CTOC, SYLT,
 * RVA2, APIC and LNK call these.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
final class FrameRules {
    private static final String[] CHANNELS = {
        "Other", "Master volume", "Front right", "Front left", "Back right", "Back left", "Front centre",
        "Back centre", "Subwoofer",
    };

    private FrameRules() {
    }

    /**
     * The sub-frames' pprint lines of CHAP and CTOC, each after a newline and four spaces: CHAP indents every line
     * of a multi-line pprint ({@code split}), CTOC only the first, as mutagen does.
     */
    static String subFrames(ID3Tags subFrames, boolean split) {
        return appendSubFrames(new StringBuilder(), subFrames, split).toString();
    }

    /** {@link #subFrames}, appended to {@code sb}; returns it. */
    private static StringBuilder appendSubFrames(StringBuilder sb, ID3Tags subFrames, boolean split) {
        if (subFrames == null) {
            return sb;
        }
        for (Frame f : subFrames.frameMap().values()) {
            String text = f.pprint();
            if (!split || !hasLineBreak(text)) {
                sb.append("\n    ").append(text);
                continue;
            }
            for (String line : PyCompat.splitLines(text)) {
                sb.append("\n    ").append(line);
            }
        }
        return sb;
    }

    /** Whether Python's {@code str.splitlines()} would split {@code s} (it holds one of its line boundaries). */
    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= '\u001e' ? c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c >= '\u001c'
                    : c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** CHAP's pprint line, built in one buffer (its sub-frames' lines are not copied again for "CHAP=" before). */
    static String chapterLine(CHAP f) {
        StringBuilder sb = new StringBuilder(64).append(f.frameId()).append('=').append(f.elementId())
                .append(" time=").append(f.startTime()).append("..").append(f.endTime())
                .append(" offset=").append(f.startOffset()).append("..").append(f.endOffset());
        return appendSubFrames(sb, f.subFrames(), true).toString();
    }

    /** CTOC's pprint line, built in one buffer as {@link #chapterLine}. */
    static String tocLine(CTOC f) {
        StringBuilder sb = new StringBuilder(64).append(f.frameId()).append('=').append(f.elementId())
                .append(" flags=").append(f.flags().value()).append(" child_element_ids=");
        List<String> ids = f.childElementIds();
        for (int i = 0; i < ids.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(ids.get(i));
        }
        return appendSubFrames(sb, f.subFrames(), false).toString();
    }

    /** SYLT's {@code str()}: the lines as {@code [time unit]: text}, joined with newlines. */
    static String syncedLines(SYLT frame) {
        String unit = frame.format() == 1 ? "fr" : "ms";
        StringBuilder sb = new StringBuilder();
        for (SYLT.Line line : frame.text()) {
            sb.append(sb.length() > 0 ? "\n" : "").append('[').append(line.time()).append(unit).append("]: ")
                    .append(line.text());
        }
        return sb.toString();
    }

    /** RVA2's {@code str()}: {@code Master volume: -3.5000 dB/0.9000}. */
    static String volume(RVA2 frame) {
        int c = frame.channel();
        return (c < CHANNELS.length ? CHANNELS[c] : "?") + ": " + PyRepr.signedFixed(frame.gain(), 4) + " dB/"
                + PyRepr.fixed(frame.peak(), 4);
    }

    /** APIC's merge: the frame read second with an equal key gets one more space of salt, so both are kept. */
    static Frame salted(APIC other) {
        other.salt += " ";
        return other;
    }

    /** LNK's upgrade: the linked ID becomes the v2.3 ID of that v2.2 frame, or is padded with a space. */
    static Frame upgradeLink(LNK frame) {
        LINK f = new LINK();
        String id = frame.frameid();
        String parent = "CRM".equals(id) ? "Frame" : Frames.v22Parent(id);
        // The result may not be a valid ID: bypass validation as mutagen does.
        f.rawSet("frameid", parent != null ? parent : (id + "    ").substring(0, Math.max(4, id.length())));
        f.set("url", frame.url());
        f.set("data", frame.data());
        return f;
    }
}
