// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import mutagen.util.PyCompat;

/**
 * Content type (genre). Use {@link #genres()} rather than the raw text, which may hold ID3v1 genre numbers such as
 * {@code (13)}.
 *
 * <p>Mirrors {@code mutagen.id3.TCON}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class TCON extends TextFrame {
    /** The 192 ID3v1 genre names (mutagen's {@code GENRES}), indexed by genre number. */
    public static final List<String> GENRES = Collections.unmodifiableList(Arrays.asList(
            "Blues", "Classic Rock", "Country", "Dance", "Disco", "Funk", "Grunge", "Hip-Hop", "Jazz", "Metal",
            "New Age", "Oldies", "Other", "Pop", "R&B", "Rap", "Reggae", "Rock", "Techno", "Industrial",
            "Alternative", "Ska", "Death Metal", "Pranks", "Soundtrack", "Euro-Techno", "Ambient", "Trip-Hop",
            "Vocal", "Jazz+Funk", "Fusion", "Trance", "Classical", "Instrumental", "Acid", "House", "Game",
            "Sound Clip", "Gospel", "Noise", "Alt. Rock", "Bass", "Soul", "Punk", "Space", "Meditative",
            "Instrumental Pop", "Instrumental Rock", "Ethnic", "Gothic", "Darkwave", "Techno-Industrial",
            "Electronic", "Pop-Folk", "Eurodance", "Dream", "Southern Rock", "Comedy", "Cult", "Gangsta Rap",
            "Top 40", "Christian Rap", "Pop/Funk", "Jungle", "Native American", "Cabaret", "New Wave",
            "Psychedelic", "Rave", "Showtunes", "Trailer", "Lo-Fi", "Tribal", "Acid Punk", "Acid Jazz", "Polka",
            "Retro", "Musical", "Rock & Roll", "Hard Rock", "Folk", "Folk-Rock", "National Folk", "Swing",
            "Fast-Fusion", "Bebop", "Latin", "Revival", "Celtic", "Bluegrass", "Avantgarde", "Gothic Rock",
            "Progressive Rock", "Psychedelic Rock", "Symphonic Rock", "Slow Rock", "Big Band", "Chorus",
            "Easy Listening", "Acoustic", "Humour", "Speech", "Chanson", "Opera", "Chamber Music", "Sonata",
            "Symphony", "Booty Bass", "Primus", "Porn Groove", "Satire", "Slow Jam", "Club", "Tango", "Samba",
            "Folklore", "Ballad", "Power Ballad", "Rhythmic Soul", "Freestyle", "Duet", "Punk Rock", "Drum Solo",
            "A Cappella", "Euro-House", "Dance Hall", "Goa", "Drum & Bass", "Club-House", "Hardcore", "Terror",
            "Indie", "BritPop", "Afro-Punk", "Polsk Punk", "Beat", "Christian Gangsta Rap", "Heavy Metal",
            "Black Metal", "Crossover", "Contemporary Christian", "Christian Rock", "Merengue", "Salsa",
            "Thrash Metal", "Anime", "JPop", "Synthpop", "Abstract", "Art Rock", "Baroque", "Bhangra", "Big Beat",
            "Breakbeat", "Chillout", "Downtempo", "Dub", "EBM", "Eclectic", "Electro", "Electroclash", "Emo",
            "Experimental", "Garage", "Global", "IDM", "Illbient", "Industro-Goth", "Jam Band", "Krautrock",
            "Leftfield", "Lounge", "Math Rock", "New Romantic", "Nu-Breakz", "Post-Punk", "Post-Rock", "Psytrance",
            "Shoegaze", "Space Rock", "Trop Rock", "World Music", "Neoclassical", "Audiobook", "Audio Theatre",
            "Neue Deutsche Welle", "Podcast", "Indie Rock", "G-Funk", "Dubstep", "Garage Rock", "Psybient"));

    /** An empty frame. */
    public TCON() {
    }

    /**
     * A frame with the encoding and values; a single value is split on NUL, as mutagen does.
     *
     * @param encoding the encoding
     * @param text the text
     */
    public TCON(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /**
     * A frame with the encoding and values.
     *
     * @param encoding the encoding
     * @param text the text
     */
    public TCON(Encoding encoding, List<String> text) {
        super(encoding, text);
    }

    /**
     * {@return the genres parsed from the text: numbers and {@code (n)} references become names, {@code RX}/{@code CR}
     *     become Remix/Cover, {@code ((} escapes a parenthesis}
     */
    public List<String> genres() {
        List<String> genres = new ArrayList<>();
        for (String value : text()) {
            if (PyCompat.isDecimal(value) && below256(value) >= 0 || value.equals("CR") || value.equals("RX")) {
                genres.add(genreName(value));
            } else if (!value.isEmpty()) {
                List<String> newGenres = new ArrayList<>();
                // The regex ((?:\((?P<id>[0-9]+|RX|CR)\))*)(?P<str>.+)? matched at the start.
                int i = 0;
                int len = value.length();
                while (i < len && value.charAt(i) == '(') {
                    int j = i + 1;
                    while (j < len && value.charAt(j) >= '0' && value.charAt(j) <= '9') {
                        j++;
                    }
                    int close;
                    if (j > i + 1 && j < len && value.charAt(j) == ')') {
                        close = j;
                    } else if (value.startsWith("RX)", i + 1) || value.startsWith("CR)", i + 1)) {
                        close = i + 3;
                    } else {
                        break;
                    }
                    newGenres.add(genreName(value.substring(i + 1, close)));
                    i = close + 1;
                }
                // (?P<str>.+) does not match across a newline.
                int end = i;
                while (end < len && value.charAt(end) != '\n') {
                    end++;
                }
                if (end > i) {
                    String name = value.substring(i, end);
                    if (name.startsWith("((")) {
                        name = name.substring(1);
                    }
                    if (!newGenres.contains(name)) {
                        newGenres.add(name);
                    }
                }
                genres.addAll(newGenres);
            }
        }
        return genres;
    }

    /**
     * Whether {@link #genres()} is the text itself, told without building it: no value is empty, a number, CR/RX,
     * starts with '(' or holds a newline (false may also mean "look"). The tag update on load asks it for every TCON.
     */
    boolean genresAreText() {
        for (String value : text()) {
            if (value.isEmpty() || value.charAt(0) == '(' || value.indexOf('\n') >= 0 || PyCompat.isDecimal(value)
                    || value.equals("CR") || value.equals("RX")) {
                return false;
            }
        }
        return true;
    }

    /** The genre a reference names: {@code CR} Cover, {@code RX} Remix, a number its v1 genre (or Unknown). */
    private static String genreName(String ref) {
        if (ref.equals("CR") || ref.equals("RX")) {
            return ref.equals("CR") ? "Cover" : "Remix";
        }
        int n = below256(ref);
        return n >= 0 && n < GENRES.size() ? GENRES.get(n) : "Unknown";
    }

    /** The value of a decimal string (of any length, as Python's {@code int}) when it is below 256, else -1. */
    private static int below256(String decimal) {
        int i = 0;
        while (i < decimal.length() - 1 && Character.digit(decimal.charAt(i), 10) == 0) {
            i++;
        }
        Long v = decimal.length() - i > 3 ? null : PyCompat.parseInt(decimal);
        return v != null && v < 256 ? v.intValue() : -1;
    }

    /**
     * Sets the genres: the strings are stored as the text, unencoded.
     *
     * @param genres the genres
     */
    public void setGenres(List<String> genres) {
        set("text", new ArrayList<>(genres));
    }

    /**
     * Sets one genre.
     *
     * @param genre the genre
     */
    public void setGenres(String genre) {
        set("text", List.of(genre));
    }

    @Override
    protected String pprintValue() {
        return joinValues(genres());
    }
}
