// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The live list of a comment's pairs: an {@link ArrayList} that also tells when it last changed, so that
 * {@link VCommentDict} can keep an index by key and know when it is stale.
 *
 * <p>{@link #version()} changes on every change a caller can make: the structural ones (which {@code ArrayList}
 * counts in {@code modCount}: add, remove, clear, sort, replaceAll, and those of its iterators) and the element
 * replacements it does not count ({@code set}, also through a list iterator or a sub-list).
 */
final class EntryList extends ArrayList<Map.Entry<String, String>> {
    private static final long serialVersionUID = 1L;

    private int replacements;

    /** A number that differs from the one before any change of the list. */
    int version() {
        return modCount + replacements;
    }

    @Override
    public Map.Entry<String, String> set(int index, Map.Entry<String, String> element) {
        return replaced(super.set(index, element));
    }

    /** Counts a replacement (which {@code modCount} does not); answers the replaced element. */
    private Map.Entry<String, String> replaced(Map.Entry<String, String> old) {
        replacements++;
        return old;
    }

    @Override
    public List<Map.Entry<String, String>> subList(int fromIndex, int toIndex) {
        return new CountingView(super.subList(fromIndex, toIndex));
    }

    /** A sub-list whose element replacements are counted too ({@code ArrayList}'s own sub-lists write directly). */
    private final class CountingView extends AbstractList<Map.Entry<String, String>> {
        private final List<Map.Entry<String, String>> view;

        CountingView(List<Map.Entry<String, String>> view) {
            this.view = view;
        }

        @Override
        public Map.Entry<String, String> get(int index) {
            return view.get(index);
        }

        @Override
        public int size() {
            return view.size();
        }

        @Override
        public Map.Entry<String, String> set(int index, Map.Entry<String, String> element) {
            return replaced(view.set(index, element));
        }

        @Override
        public void add(int index, Map.Entry<String, String> element) {
            view.add(index, element);
        }

        @Override
        public Map.Entry<String, String> remove(int index) {
            return view.remove(index);
        }

        @Override
        protected void removeRange(int fromIndex, int toIndex) {
            view.subList(fromIndex, toIndex).clear();
        }
    }
}
