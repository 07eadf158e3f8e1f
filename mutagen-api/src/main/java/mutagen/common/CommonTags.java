// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.common.TagMapping.Row;
import mutagen.common.TagMapping.Slot;

/**
 * The typed cross-format view of a file's tags ({@link FileType#common()}): standard keys ({@link CommonKey})
 * mapped to each format's native keys as MusicBrainz Picard maps them, the embedded pictures, and the native keys
 * by name. It reads and writes through the format's native API: nothing is cached, an edit here is an edit of
 * {@code file.tags()}, and {@code file.save()} writes it.
 *
 * <p>Reading tolerates the usual variants ({@code "3/12"} in a track number, {@code TRACKTOTAL} or
 * {@code TOTALTRACKS}); writing produces what Picard writes. A file whose tag type has no installed
 * {@link TagMappingProvider} (or a format without tags) reads as empty and refuses writes with
 * {@link UnsupportedOperationException}.
 *
 * <p>Not thread-safe, as the file it views.
 */
public final class CommonTags {
    private final FileType file;

    private CommonTags(FileType file) {
        this.file = file;
    }

    /**
     * The view of a file (what {@link FileType#common()} answers).
     *
     * @param file the loaded file
     * @return the view of a file (what {@link FileType#common()} answers)
     */
    public static CommonTags of(FileType file) {
        return new CommonTags(file);
    }

    private NativeTags bind() {
        for (TagMappingProvider p : TagMappingProviders.installed()) {
            NativeTags n = p.bind(file);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    private NativeTags bindForWrite() {
        if (file.tags() == null) {
            try {
                file.addTags();
            } catch (MutagenError e) {
                throw new UnsupportedOperationException(file.getClass().getSimpleName() + " cannot hold tags: "
                        + e.getMessage(), e);
            }
        }
        NativeTags n = bind();
        if (n == null) {
            String type = file.tags() == null ? "no tags" : file.tags().getClass().getName();
            throw new UnsupportedOperationException("no tag mapping installed for " + type);
        }
        return n;
    }

    /**
     * The tag format's name ({@code "ID3v2"}, {@code "Vorbis comment"}, ...), empty when there is none.
     *
     * @return the tag format's name ({@code "ID3v2"}, {@code "Vorbis comment"}, ...), empty when there is none
     */
    public String format() {
        NativeTags n = bind();
        return n == null ? "" : n.mapping().format();
    }

    /**
     * The mapping table in use, if any.
     *
     * @return the mapping table in use, if any
     */
    public Optional<TagMapping> mapping() {
        return Optional.ofNullable(bind()).map(NativeTags::mapping);
    }

    /**
     * Whether the file's tag format has a place for the key (false when there is no tag format).
     *
     * @param key the key
     * @return whether the file's tag format has a place for the key (false when there is no tag format)
     */
    public boolean supports(CommonKey key) {
        NativeTags n = bind();
        return n != null && n.mapping().supports(key);
    }

    // ---- standard keys ----------------------------------------------------------------------------------------

    /**
     * The values of a key; empty when absent.
     *
     * @param key the key
     * @return the values of a key; empty when absent
     */
    public List<String> get(CommonKey key) {
        NativeTags n = bind();
        return n == null ? List.of() : read(n, key);
    }

    /**
     * The first value of a key.
     *
     * @param key the key
     * @return the first value of a key
     */
    public Optional<String> first(CommonKey key) {
        List<String> v = get(key);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /**
     * The standard keys that have a value, in {@link CommonKey} order.
     *
     * @return the standard keys that have a value, in {@link CommonKey} order
     */
    public List<CommonKey> keys() {
        NativeTags n = bind();
        List<CommonKey> out = new ArrayList<>();
        if (n != null) {
            for (CommonKey k : CommonKey.values()) {
                if (!read(n, k).isEmpty()) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * Sets a key's values (an empty list removes it), adding tags to the file first when it has none.
     *
     * @param key the key
     * @param values the values
     * @throws UnsupportedOperationException when the format has no place for the key, or cannot hold tags
     * @throws IllegalArgumentException when the format refuses a value (a non-number in MP4's {@code trkn})
     */
    public void set(CommonKey key, List<String> values) {
        if (values.isEmpty()) {
            remove(key);
            return;
        }
        NativeTags n = bindForWrite();
        List<Row> rows = rowsOrThrow(n, key);
        for (Row r : rows) {
            if (!r.write()) {
                if (r.slot() == Slot.TEXT) {
                    n.remove(r.nativeKey());
                }
            } else if (r.slot() == Slot.TEXT || !paired(n, r)) {
                n.set(r.nativeKey(), List.copyOf(values));
            } else if (r.slot() == Slot.NUMBER) {
                String total = part(firstOf(n.get(r.nativeKey())), Slot.TOTAL);
                n.set(r.nativeKey(), List.of(total == null ? values.get(0) : values.get(0) + "/" + total));
            } else {
                String number = part(firstOf(n.get(r.nativeKey())), Slot.NUMBER);
                n.set(r.nativeKey(), List.of((number == null ? "0" : number) + "/" + values.get(0)));
            }
        }
    }

    /**
     * Sets a key to the given values.
     *
     * @param key the key
     * @param values the values
     */
    public void set(CommonKey key, String... values) {
        set(key, List.of(values));
    }

    /**
     * Removes a key. Where a number and a total share one native value (ID3 {@code TRCK}, MP4 {@code trkn}),
     * removing the number removes both and removing the total keeps the number.
     *
     * @param key the key
     */
    public void remove(CommonKey key) {
        NativeTags n = bind();
        if (n == null) {
            return;
        }
        for (Row r : n.mapping().rows(key)) {
            if (r.slot() == Slot.TOTAL && paired(n, r)) {
                String number = part(firstOf(n.get(r.nativeKey())), Slot.NUMBER);
                if (number != null && r.write()) {
                    n.set(r.nativeKey(), List.of(number));
                }
            } else if (r.slot() != Slot.TOTAL) {
                n.remove(r.nativeKey());
            }
        }
    }

    private static List<Row> rowsOrThrow(NativeTags n, CommonKey key) {
        List<Row> rows = n.mapping().rows(key);
        if (rows.isEmpty()) {
            throw new UnsupportedOperationException(n.mapping().format() + " has no place for " + key);
        }
        return rows;
    }

    /** Whether a NUMBER/TOTAL row shares its native key with a writing row of the other slot. */
    private static boolean paired(NativeTags n, Row r) {
        for (Row other : n.mapping().rows()) {
            if (other != r && other.write() && other.nativeKey().equals(r.nativeKey())
                    && other.slot() != Slot.TEXT && other.slot() != r.slot()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> read(NativeTags n, CommonKey key) {
        for (Row r : n.mapping().rows(key)) {
            List<String> out = new ArrayList<>();
            for (String v : n.get(r.nativeKey())) {
                String p = part(v, r.slot());
                if (p != null && !p.isEmpty()) {
                    out.add(p);
                }
            }
            if (!out.isEmpty()) {
                return Collections.unmodifiableList(out);
            }
        }
        return List.of();
    }

    private static String firstOf(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    /** The slot's part of a value: {@code null} when there is none. */
    private static String part(String value, Slot slot) {
        if (value == null || slot == Slot.TEXT) {
            return value;
        }
        int slash = value.indexOf('/');
        if (slot == Slot.NUMBER) {
            return (slash < 0 ? value : value.substring(0, slash)).trim();
        }
        return slash < 0 ? null : value.substring(slash + 1).trim();
    }

    // ---- typed accessors ---------------------------------------------------------------------------------------

    /**
     * The title.
     *
     * @return the title
     */
    public Optional<String> title() {
        return first(CommonKey.TITLE);
    }

    /**
     * Sets the title.
     *
     * @param title the title
     */
    public void setTitle(String title) {
        set(CommonKey.TITLE, title);
    }

    /**
     * The artists.
     *
     * @return the artists
     */
    public List<String> artists() {
        return get(CommonKey.ARTIST);
    }

    /**
     * Sets the artists (one value each).
     *
     * @param artists the artists
     */
    public void setArtists(List<String> artists) {
        set(CommonKey.ARTIST, artists);
    }

    /**
     * The album.
     *
     * @return the album
     */
    public Optional<String> album() {
        return first(CommonKey.ALBUM);
    }

    /**
     * Sets the album.
     *
     * @param album the album
     */
    public void setAlbum(String album) {
        set(CommonKey.ALBUM, album);
    }

    /**
     * The album artist.
     *
     * @return the album artist
     */
    public Optional<String> albumArtist() {
        return first(CommonKey.ALBUM_ARTIST);
    }

    /**
     * The genres.
     *
     * @return the genres
     */
    public List<String> genres() {
        return get(CommonKey.GENRE);
    }

    /**
     * The release date as stored ({@code "2004"}, {@code "2004-05-12"}).
     *
     * @return the release date as stored ({@code "2004"}, {@code "2004-05-12"})
     */
    public Optional<String> date() {
        return first(CommonKey.DATE);
    }

    /**
     * The track number, when present and a number.
     *
     * @return the track number, when present and a number
     */
    public OptionalInt trackNumber() {
        return number(CommonKey.TRACK_NUMBER);
    }

    /**
     * The number of tracks, when present and a number (MP4's total 0 reads as absent).
     *
     * @return the number of tracks, when present and a number (MP4's total 0 reads as absent)
     */
    public OptionalInt trackTotal() {
        return number(CommonKey.TRACK_TOTAL);
    }

    /**
     * The disc number, when present and a number.
     *
     * @return the disc number, when present and a number
     */
    public OptionalInt discNumber() {
        return number(CommonKey.DISC_NUMBER);
    }

    /**
     * The number of discs, when present and a number.
     *
     * @return the number of discs, when present and a number
     */
    public OptionalInt discTotal() {
        return number(CommonKey.DISC_TOTAL);
    }

    /**
     * Sets the track number and, when {@code total > 0} and the format has a place for it, the total (ASF keeps
     * no total, as Picard writes it).
     *
     * @param number the number
     * @param total the total
     */
    public void setTrack(int number, int total) {
        setPair(CommonKey.TRACK_NUMBER, CommonKey.TRACK_TOTAL, number, total);
    }

    /**
     * Sets the disc number and, when {@code total > 0}, the number of discs.
     *
     * @param number the number
     * @param total the total
     */
    public void setDisc(int number, int total) {
        setPair(CommonKey.DISC_NUMBER, CommonKey.DISC_TOTAL, number, total);
    }

    private void setPair(CommonKey numberKey, CommonKey totalKey, int number, int total) {
        set(numberKey, Integer.toString(number));
        if (total > 0 && supports(totalKey)) {
            set(totalKey, Integer.toString(total));
        } else {
            remove(totalKey);
        }
    }

    private OptionalInt number(CommonKey key) {
        Optional<String> v = first(key);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(v.get().trim());
            return n == 0 && (key == CommonKey.TRACK_TOTAL || key == CommonKey.DISC_TOTAL) ? OptionalInt.empty()
                    : OptionalInt.of(n);
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    // ---- pictures ----------------------------------------------------------------------------------------------

    /**
     * The embedded pictures; empty when none.
     *
     * @return the embedded pictures; empty when none
     */
    public List<Picture> pictures() {
        NativeTags n = bind();
        return n == null ? List.of() : n.pictures();
    }

    /**
     * Replaces every embedded picture (an empty list removes them all).
     *
     * @param pictures the pictures
     */
    public void setPictures(List<Picture> pictures) {
        bindForWrite().setPictures(List.copyOf(pictures));
    }

    /**
     * Adds a picture after the existing ones.
     *
     * @param picture the picture
     */
    public void addPicture(Picture picture) {
        List<Picture> all = new ArrayList<>(pictures());
        all.add(picture);
        setPictures(all);
    }

    /** Removes every embedded picture. */
    public void removePictures() {
        if (!pictures().isEmpty()) {
            setPictures(List.of());
        }
    }

    // ---- native keys -------------------------------------------------------------------------------------------

    /**
     * The native keys present (the format's own spelling).
     *
     * @return the native keys present (the format's own spelling)
     */
    public List<String> nativeKeys() {
        NativeTags n = bind();
        return n == null ? List.of() : n.keys();
    }

    /**
     * The values of a native key as text ({@code getNative("TXXX:MOOD")}, {@code getNative("----:com.x:y")}).
     *
     * @param nativeKey the native key
     * @return the values of a native key as text ({@code getNative("TXXX:MOOD")}, {@code getNative("----:com.x:y")})
     */
    public List<String> getNative(String nativeKey) {
        NativeTags n = bind();
        return n == null ? List.of() : n.get(nativeKey);
    }

    /**
     * Sets a native key's values as text (an empty list removes it).
     *
     * @param nativeKey the native key
     * @param values the values
     */
    public void setNative(String nativeKey, List<String> values) {
        if (values.isEmpty()) {
            removeNative(nativeKey);
        } else {
            bindForWrite().set(nativeKey, List.copyOf(values));
        }
    }

    /**
     * Removes a native key; nothing when absent.
     *
     * @param nativeKey the native key
     */
    public void removeNative(String nativeKey) {
        NativeTags n = bind();
        if (n != null) {
            n.remove(nativeKey);
        }
    }

    @Override
    public String toString() {
        return "CommonTags(" + file + ")";
    }
}
