// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;
import mutagen.id3.internal.PyCompat;
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
        StringBuilder sb = new StringBuilder();
        for (Frame f : subFrames == null ? List.<Frame>of() : subFrames.values()) {
            String text = f.pprint();
            for (String line : split ? PyCompat.splitLines(text) : List.of(text)) {
                sb.append("\n    ").append(line);
            }
        }
        return sb.toString();
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
