// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Event timing codes.
 *
 * <p>Mirrors {@code mutagen.id3.ETCO}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class ETCO extends Frame implements FrameFields.WithFormat {
    static final List<Spec> SPECS = List.of(
            new Spec.ByteSpec("format", 1),
            new Spec.KeyEventSpec("events"));

    /** A frame with default fields. */
    public ETCO() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The events field (live).
     *
     * @return the events field (live)
     */
    @SuppressWarnings("unchecked")
    public List<ETCO.Event> events() {
        return (List<ETCO.Event>) get("events");
    }

    /**
     * Sets the events field.
     *
     * @param value the value
     */
    public void setEvents(Object value) {
        set("events", value);
    }

    /**
     * One event: its type (a signed byte) and time stamp.
     *
     * @param type the event type
     * @param time the time stamp
     */
    public record Event(int type, long time) {
    }
}
