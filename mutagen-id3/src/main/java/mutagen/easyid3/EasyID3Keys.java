// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easyid3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import mutagen.id3.Encoding;
import mutagen.id3.Frame;
import mutagen.id3.ID3;
import mutagen.id3.RVA2;
import mutagen.id3.TCON;
import mutagen.id3.TDOR;
import mutagen.id3.TDRC;
import mutagen.id3.TMCL;
import mutagen.id3.TimeStampTextFrame;
import mutagen.id3.UFID;
import mutagen.id3.WOAR;
import mutagen.util.PyCompat;
import mutagen.util.PyRepr;

/** EasyID3's built-in keys (mutagen's {@code easyid3} module-level registrations): two tables and the special keys. */
final class EasyID3Keys {
    private EasyID3Keys() {
    }

    /** Registers the built-in keys (from EasyID3's static initialiser). */
    static void register() {
        String[][] text = {
            {"TALB", "album"}, {"TBPM", "bpm"}, {"TCMP", "compilation"}, {"TCOM", "composer"},
            {"TCOP", "copyright"}, {"TENC", "encodedby"}, {"TEXT", "lyricist"}, {"TLEN", "length"},
            {"TMED", "media"}, {"TMOO", "mood"}, {"TIT1", "grouping"}, {"TIT2", "title"}, {"TIT3", "version"},
            {"TPE1", "artist"}, {"TPE2", "albumartist"}, {"TPE3", "conductor"}, {"TPE4", "arranger"},
            {"TPOS", "discnumber"}, {"TPUB", "organization"}, {"TRCK", "tracknumber"}, {"TOLY", "author"},
            {"TSO2", "albumartistsort"}, {"TSOA", "albumsort"}, {"TSOC", "composersort"}, {"TSOP", "artistsort"},
            {"TSOT", "titlesort"}, {"TSRC", "isrc"}, {"TSST", "discsubtitle"}, {"TLAN", "language"},
        };
        for (String[] t : text) {
            EasyID3.registerTextKey(t[1], t[0]);
        }
        EasyID3.registerKey("genre",
            (id3, k) -> ((TCON) EasyID3.require(id3, "TCON")).genres(),
            (id3, k, value) -> {
                Frame frame = id3.get("TCON");
                if (frame == null) {
                    id3.add(new TCON(Encoding.UTF8, value));
                } else {
                    frame.set("encoding", Encoding.UTF8);
                    ((TCON) frame).setGenres(value);
                }
            },
            (id3, k) -> id3.remove("TCON"), null);
        EasyID3.registerKey("date",
            (id3, k) -> ((TimeStampTextFrame) EasyID3.require(id3, "TDRC")).text(),
            (id3, k, value) -> id3.add(new TDRC(Encoding.UTF8, value)),
            (id3, k) -> id3.remove("TDRC"), null);
        EasyID3.registerKey("originaldate",
            (id3, k) -> ((TimeStampTextFrame) EasyID3.require(id3, "TDOR")).text(),
            (id3, k, value) -> id3.add(new TDOR(Encoding.UTF8, value)),
            (id3, k) -> id3.remove("TDOR"), null);
        EasyID3.registerKey("performer:*", EasyID3Keys::performerGet, EasyID3Keys::performerSet,
            EasyID3Keys::performerDelete, EasyID3Keys::performerList);
        EasyID3.registerKey("musicbrainz_trackid",
            (id3, k) -> {
                byte[] data = ((UFID) EasyID3.require(id3, "UFID:http://musicbrainz.org")).data();
                for (byte b : data) {
                    if (b < 0) {
                        throw new IllegalArgumentException("'ascii' codec can't decode the track ID");
                    }
                }
                return new ArrayList<>(List.of(new String(data, StandardCharsets.US_ASCII)));
            },
            (id3, k, value) -> {
                if (value.size() != 1) {
                    throw new IllegalArgumentException("only one track ID may be set per song");
                }
                String v = value.get(0);
                for (int i = 0; i < v.length(); i++) {
                    if (v.charAt(i) > 0x7F) {
                        throw new IllegalArgumentException("'ascii' codec can't encode the track ID");
                    }
                }
                byte[] data = v.getBytes(StandardCharsets.US_ASCII);
                Frame frame = id3.get("UFID:http://musicbrainz.org");
                if (frame == null) {
                    id3.add(new UFID("http://musicbrainz.org", data));
                } else {
                    frame.set("data", data);
                }
            },
            (id3, k) -> id3.remove("UFID:http://musicbrainz.org"), null);
        EasyID3.registerKey("website",
            (id3, k) -> {
                List<String> urls = new ArrayList<>();
                for (Frame f : id3.getall("WOAR")) {
                    urls.add(((WOAR) f).url());
                }
                if (urls.isEmpty()) {
                    throw EasyID3.absentKey(k);
                }
                return urls;
            },
            (id3, k, value) -> {
                id3.delall("WOAR");
                for (String v : value) {
                    id3.add(new WOAR(v));
                }
            },
            (id3, k) -> id3.delall("WOAR"), null);
        EasyID3.registerKey("replaygain_*_gain", (id3, k) -> replayGainGet(id3, k, true),
            (id3, k, value) -> replayGainSet(id3, k, value, true), (id3, k) -> replayGainDelete(id3, k, true),
            EasyID3Keys::peakGainList);
        EasyID3.registerKey("replaygain_*_peak", (id3, k) -> replayGainGet(id3, k, false),
            (id3, k, value) -> replayGainSet(id3, k, value, false), (id3, k) -> replayGainDelete(id3, k, false), null);
        String[][] txxx = {
            {"MusicBrainz Artist Id", "musicbrainz_artistid"}, {"MusicBrainz Album Id", "musicbrainz_albumid"},
            {"MusicBrainz Album Artist Id", "musicbrainz_albumartistid"},
            {"MusicBrainz TRM Id", "musicbrainz_trmid"}, {"MusicIP PUID", "musicip_puid"},
            {"MusicMagic Fingerprint", "musicip_fingerprint"},
            {"MusicBrainz Album Status", "musicbrainz_albumstatus"},
            {"MusicBrainz Album Type", "musicbrainz_albumtype"},
            {"MusicBrainz Album Release Country", "releasecountry"}, {"MusicBrainz Disc Id", "musicbrainz_discid"},
            {"ASIN", "asin"}, {"PERFORMER", "performer"}, {"BARCODE", "barcode"},
            {"CATALOGNUMBER", "catalognumber"}, {"MusicBrainz Release Track Id", "musicbrainz_releasetrackid"},
            {"MusicBrainz Release Group Id", "musicbrainz_releasegroupid"},
            {"MusicBrainz Work Id", "musicbrainz_workid"}, {"Acoustid Fingerprint", "acoustid_fingerprint"},
            {"Acoustid Id", "acoustid_id"},
        };
        for (String[] t : txxx) {
            EasyID3.registerTXXXKey(t[1], t[0]);
        }
        // albumartistsort falls back to TXXX:ALBUMARTISTSORT for reading and deleting.
        EasyID3.Getter origGet = EasyID3.GET.get("albumartistsort");
        EasyID3.Deleter origDel = EasyID3.DELETE.get("albumartistsort");
        EasyID3.GET.put("albumartistsort", (id3, k) -> {
            try {
                return origGet.get(id3, k);
            } catch (NoSuchElementException e) {
                try {
                    return new ArrayList<>(EasyID3.textOf(EasyID3.require(id3, "TXXX:ALBUMARTISTSORT")));
                } catch (NoSuchElementException e2) {
                    throw e;
                }
            }
        });
        EasyID3.DELETE.put("albumartistsort", (id3, k) -> {
            NoSuchElementException first = null;
            try {
                origDel.delete(id3, k);
            } catch (NoSuchElementException e) {
                first = e;
            }
            try {
                id3.remove("TXXX:ALBUMARTISTSORT");
            } catch (NoSuchElementException e) {
                if (first != null) {
                    throw first;
                }
            }
        });
    }

    private static String role(String key) {
        int i = key.indexOf(':');
        return key.substring(i + 1);
    }

    /** The TMCL frame a {@code performer:role} key reads; absent, the key is (Python's KeyError). */
    private static TMCL requireTmcl(ID3 id3, String key) {
        TMCL mcl = (TMCL) id3.get("TMCL");
        if (mcl == null) {
            throw new NoSuchElementException(key);
        }
        return mcl;
    }

    private static List<String> performerGet(ID3 id3, String key) {
        String wanted = role(key);
        List<String> people = new ArrayList<>();
        for (List<String> p : requireTmcl(id3, key).people()) {
            if (p.get(0).equals(wanted)) {
                people.add(p.get(1));
            }
        }
        if (people.isEmpty()) {
            throw new NoSuchElementException(key);
        }
        return people;
    }

    private static void performerSet(ID3 id3, String key, List<String> value) {
        String wanted = role(key);
        TMCL mcl = (TMCL) id3.get("TMCL");
        if (mcl == null) {
            mcl = new TMCL(Encoding.UTF8, List.of());
            id3.add(mcl);
        }
        mcl.setEncoding(Encoding.UTF8);
        List<List<String>> people = othersThan(mcl, wanted);
        for (String v : value) {
            people.add(List.of(wanted, v));
        }
        mcl.setPeople(people);
    }

    private static void performerDelete(ID3 id3, String key) {
        TMCL mcl = requireTmcl(id3, key);
        List<List<String>> people = othersThan(mcl, role(key));
        if (people.equals(mcl.people())) {
            throw new NoSuchElementException(key);
        } else if (!people.isEmpty()) {
            mcl.setPeople(people);
        } else {
            id3.remove("TMCL");
        }
    }

    /** The (role, person) pairs of the other roles. */
    private static List<List<String>> othersThan(TMCL mcl, String role) {
        List<List<String>> people = new ArrayList<>();
        for (List<String> p : mcl.people()) {
            if (!p.get(0).equals(role)) {
                people.add(p);
            }
        }
        return people;
    }

    private static List<String> performerList(ID3 id3, String key) {
        TMCL mcl = (TMCL) id3.get("TMCL");
        if (mcl == null) {
            return List.of();
        }
        // NOTE: Python builds a set here, so its order is arbitrary; first-seen order is used instead.
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (List<String> p : mcl.people()) {
            keys.add("performer:" + p.get(0));
        }
        return new ArrayList<>(keys);
    }

    private static String rgDesc(String key) {
        return key.length() >= 16 ? key.substring(11, key.length() - 5) : "";
    }

    /** A ReplayGain key's value: the gain ({@code -3.500000 dB}) or the peak of the RVA2 frame its middle names. */
    private static List<String> replayGainGet(ID3 id3, String key, boolean gain) throws EasyID3KeyError {
        RVA2 frame = (RVA2) id3.get("RVA2:" + rgDesc(key));
        if (frame == null) {
            throw EasyID3.absentKey(key);
        }
        String value = gain ? PyRepr.signedFixed(frame.gain(), 6) + " dB" : PyRepr.fixed(frame.peak(), 6);
        return new ArrayList<>(List.of(value));
    }

    /** Sets the gain (the first word of the value) or the peak (0 to 2) of the RVA2 frame, made on channel 1. */
    private static void replayGainSet(ID3 id3, String key, List<String> value, boolean gain) {
        if (value.size() != 1) {
            throw new IllegalArgumentException("there must be exactly one " + (gain ? "gain" : "peak")
                    + " value, not " + PyRepr.repr(value));
        }
        double v = PyCompat.parseFloat(gain ? value.get(0).trim().split("\\s+", 2)[0] : value.get(0));
        if (!gain && (v >= 2 || v < 0)) {
            throw new IllegalArgumentException("peak must be => 0 and < 2.");
        }
        RVA2 frame = (RVA2) id3.get("RVA2:" + rgDesc(key));
        if (frame == null) {
            frame = new RVA2(rgDesc(key), 1, 0, 0);
            id3.add(frame);
        }
        frame.set(gain ? "gain" : "peak", v);
    }

    /** Zeroes the gain or the peak; the frame goes when the other one is zero too. */
    private static void replayGainDelete(ID3 id3, String key, boolean gain) {
        RVA2 frame = (RVA2) id3.get("RVA2:" + rgDesc(key));
        if (frame != null) {
            if ((gain ? frame.peak() : frame.gain()) != 0) {
                frame.set(gain ? "gain" : "peak", 0.0);
            } else {
                id3.remove("RVA2:" + rgDesc(key));
            }
        }
    }

    private static List<String> peakGainList(ID3 id3, String key) {
        List<String> keys = new ArrayList<>();
        for (Frame f : id3.getall("RVA2")) {
            String desc = ((RVA2) f).desc();
            keys.add("replaygain_" + desc + "_gain");
            keys.add("replaygain_" + desc + "_peak");
        }
        return keys;
    }
}
