// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

/**
 * Turns the values of one tag type into the normalised JSON form that {@code oracle.py}'s {@code norm()} gives the
 * same values in Python. Registered in {@link Normalisers} under the tag class's simple name (a normaliser for a
 * class also serves its subclasses). Values it does not recognise go back to {@link Normalisers#generic}.
 */
@FunctionalInterface
public interface TagNormaliser {

    /**
     * The normalised form of the value of {@code key}.
     *
     * @param all the registry, to normalise nested values ({@link Normalisers#normalise(Object)})
     */
    Object normalise(String key, Object value, Normalisers all);
}
