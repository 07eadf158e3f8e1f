// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The frame registry: every supported frame ID and how to create its frame.
 *
 * <p>Mirrors {@code mutagen.id3.Frames} (the 105 ID3v2.3/2.4 frames) and {@code mutagen.id3.Frames_2_2}
 * (the 71 ID3v2.2 frames, via {@link #v22()}). The only list of frames is the table {@code src/main/frames/frames.tsv}
 * (generated into {@code FrameIds}, with the classes that have no behaviour of their own): each ID names its class,
 * a v2.2 class extends the v2.3/v2.4 class it is upgraded to (mutagen's hierarchy, read from the classes), and each
 * family's fields and behaviour live in its base class. The maps are built once, on first use.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class Frames {
    private Frames() {
    }

    private static final class Holder {
        static final Map<String, Supplier<? extends Frame>> V23 = byId(FrameIds.V23);
        static final Map<String, Supplier<? extends Frame>> V22 = byId(FrameIds.V22);
    }

    /** {@return the v2.3/v2.4 frames by ID (read-only)} */
    public static Map<String, Supplier<? extends Frame>> v23() {
        return Holder.V23;
    }

    /** {@return the v2.2 frames by three-letter ID (read-only; mutagen's {@code Frames_2_2})} */
    public static Map<String, Supplier<? extends Frame>> v22() {
        return Holder.V22;
    }

    /**
     * {@return a new frame of a v2.3/v2.4 ID, or {@code null} for an unknown ID}
     *
     * @param frameId the frame id
     */
    public static Frame create(String frameId) {
        Supplier<? extends Frame> f = v23().get(frameId);
        return f == null ? null : f.get();
    }

    /**
     * {@return the v2.3/v2.4 ID a v2.2 frame is upgraded to, or {@code null} (CRM, or not a v2.2 ID)}
     *
     * @param frameId the frame id
     */
    public static String v22Parent(String frameId) {
        Supplier<? extends Frame> f = v22().get(frameId);
        if (f == null) {
            return null;
        }
        Class<?> parent = ((Factory) f).type().getSuperclass();
        return parent == Frame.class ? null : parent.getSimpleName();
    }

    /**
     * {@return whether an ID is made of upper-case letters and digits only (mutagen's {@code is_valid_frame_id})}
     *
     * @param id the identifier
     */
    public static boolean isValidFrameId(String id) {
        boolean cased = false; // Python's isupper(): at least one cased character (so "" is not valid)
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!Character.isLetterOrDigit(c) || Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
        }
        return cased;
    }

    /** The read-only map of IDs to their factories, in the table's order. */
    private static Map<String, Supplier<? extends Frame>> byId(String[] ids) {
        Map<String, Supplier<? extends Frame>> m = new LinkedHashMap<>();
        for (String id : ids) {
            m.put(id, new Factory(id));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Creates the frame of one ID through its class's no-argument constructor, called directly by the generated
     * {@code FrameIds.create} at the index found once: building the registry loads no frame class, and a process loads only the frame
     * classes its files contain (a third of {@code mutagen-inspect}'s start-up went to loading all 176).
     */
    private static final class Factory implements Supplier<Frame> {
        private final String id;
        private final int index;
        private volatile Class<? extends Frame> type;

        Factory(String id) {
            this.id = id;
            this.index = FrameIds.index(id);
        }

        Class<? extends Frame> type() {
            Class<? extends Frame> t = type;
            if (t == null) {
                try {
                    t = Class.forName(Frames.class.getPackageName() + "." + id).asSubclass(Frame.class);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("no frame class for " + id, e);
                }
                type = t;
            }
            return t;
        }

        @Override
        public Frame get() {
            Frame f = (Frame) FrameIds.create(index);
            // Each class of the registry is named after its ID (checked by ID3FramesTest): no class lookup later.
            f.knownFrameId(id);
            return f;
        }

        @Override
        public String toString() {
            return "Frames.Factory[" + id + "]";
        }
    }
}
