// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mutagen.MutagenError;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * The top-level atoms of a file. Mirrors mutagen's internal {@code mutagen.mp4._atom.Atoms}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class Atoms {
    private final List<Atom> atoms;

    private Atoms(List<Atom> atoms) {
        this.atoms = atoms;
    }

    /**
     * Parses every top-level atom while at least 8 bytes are left.
     *
     * @param in the input
     * @param errors the format's error factory (its error class and mutagen's words)
     * @return the {@code Atoms}
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static Atoms parse(FileSource in, ErrorFactory errors) throws IOException {
        List<Atom> out = new ArrayList<>();
        List<Atom> stack = new ArrayList<>();
        long end = in.size();
        long pos = 0;
        while (pos + 8 <= end && pos >= 0) {
            Atom a = Atom.parse(in, pos, 0, errors, stack);
            out.add(a);
            pos = a.next();
        }
        return new Atoms(Collections.unmodifiableList(out));
    }

    /**
     * The top-level atoms in file order.
     *
     * @return the top-level atoms in file order
     */
    public List<Atom> atoms() {
        return atoms;
    }

    /**
     * The atom at a dotted path ({@code "moov.udta.meta"}), or {@code null} (Python's {@code in}).
     *
     * @param dotted the dotted
     * @return the atom at a dotted path ({@code "moov.udta.meta"}), or {@code null} (Python's {@code in})
     */
    public Atom find(String dotted) {
        Atom cur = null;
        int from = 0;
        while (true) {
            int dot = dotted.indexOf('.', from);
            String n = dotted.substring(from, dot < 0 ? dotted.length() : dot);
            cur = cur == null ? top(n) : cur.child(n);
            if (cur == null || dot < 0) {
                return cur;
            }
            from = dot + 1;
        }
    }

    /** The first top-level atom of this name, or {@code null}. */
    private Atom top(String name) {
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The atom at the path, raising Python's KeyError text through {@code errors} when a step is missing.
     *
     * @param errors the format's error factory (its error class and mutagen's words)
     * @param names the names
     * @return the atom at the path, raising Python's KeyError text through {@code errors} when a step is missing
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public Atom get(ErrorFactory errors, String... names) throws MutagenError {
        for (Atom a : atoms) {
            if (a.name().equals(names[0])) {
                String[] rest = new String[names.length - 1];
                System.arraycopy(names, 1, rest, 0, rest.length);
                return a.get(errors, rest);
            }
        }
        throw errors.create(Atom.keyError(mutagen.util.PyRepr.bytes(Atom.latin1(names[0])) + " not found"));
    }

    /**
     * The atoms along the path (Python's {@code path(*names)}), or {@code null} when a step is missing.
     *
     * @param names the names
     * @return the atoms along the path (Python's {@code path(*names)}), or {@code null} when a step is missing
     */
    public List<Atom> path(String... names) {
        List<Atom> out = new ArrayList<>();
        Atom cur = null;
        for (String n : names) {
            Atom next = null;
            if (cur == null) {
                for (Atom a : atoms) {
                    if (a.name().equals(n)) {
                        next = a;
                        break;
                    }
                }
            } else {
                next = cur.child(n);
            }
            if (next == null) {
                return null;
            }
            out.add(next);
            cur = next;
        }
        return out;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Atom a : atoms) {
            parts.add(a.toString());
        }
        return String.join("\n", parts);
    }
}
