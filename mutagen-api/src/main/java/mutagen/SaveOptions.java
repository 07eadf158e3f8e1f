// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import java.util.Objects;
import mutagen.util.SaveMode;

/**
 * What every format's save takes: mutagen's {@code padding} keyword argument and how the save guards against being
 * cut short ({@link SaveMode}). A format with keyword arguments of its own extends it ({@code ID3SaveOptions} adds
 * {@code v1}, {@code v2_version} and {@code v23_sep}; {@code FLACSaveOptions} adds {@code deleteid3}); every
 * {@link FileType} takes it in the same overloads: {@code save(options)}, {@code save(path, options)},
 * {@code save(channel, options)}. A format given the base type uses its own defaults for the rest.
 *
 * <p>Immutable (thread-safe); the {@code with...} methods return changed copies of the same class.
 */
public class SaveOptions {
    private static final SaveOptions DEFAULTS = new SaveOptions(null, SaveMode.JOURNAL);

    private final PaddingFunction padding;
    private final SaveMode mode;

    /**
     * Creates options.
     *
     * @param padding the padding policy, {@code null} for mutagen's default
     * @param mode how the save guards against being cut short
     */
    protected SaveOptions(PaddingFunction padding, SaveMode mode) {
        this.padding = padding;
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * mutagen's default padding, and the journaled save.
     *
     * @return mutagen's default padding, and the journaled save
     */
    public static SaveOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The padding policy, {@code null} for mutagen's default.
     *
     * @return the padding policy, {@code null} for mutagen's default
     */
    public PaddingFunction padding() {
        return padding;
    }

    /**
     * How the save guards against being cut short.
     *
     * @return how the save guards against being cut short
     */
    public SaveMode mode() {
        return mode;
    }

    /**
     * A copy with another padding policy ({@code null} for mutagen's default).
     *
     * @param value the value
     * @return a copy with another padding policy ({@code null} for mutagen's default)
     */
    public SaveOptions withPadding(PaddingFunction value) {
        return copy(value, mode);
    }

    /**
     * A copy with another save mode.
     *
     * @param value the value
     * @return a copy with another save mode
     */
    public SaveOptions withMode(SaveMode value) {
        return copy(padding, value);
    }

    /** A copy of these options, of the same class, with the base fields changed; subclasses override it. */
    protected SaveOptions copy(PaddingFunction newPadding, SaveMode newMode) {
        return new SaveOptions(newPadding, newMode);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Objects.equals(padding, ((SaveOptions) o).padding)
                && mode == ((SaveOptions) o).mode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(padding, mode);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(padding=" + padding + ", mode=" + mode + ")";
    }
}
