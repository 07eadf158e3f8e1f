// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes mutagen's error objects comparable with ours. oracle.py sends {@code {"class", "module", "message"}};
 * a class named {@code error} (a mutagen module's base error) becomes its Java name from {@link #MODULE_ERRORS}
 * (DESIGN.md 4: module-level {@code error} becomes {@code <MODULE>Error}), any other class keeps its name, and
 * {@code module} is dropped. An {@code error} of a module missing from the table stays {@code error(module)}, so the
 * first comparison says which line to add.
 */
final class ErrorNames {
    /** Python module of a module-level {@code error} class -> our class's simple name. Add formats here. */
    static final Map<String, String> MODULE_ERRORS = Map.ofEntries(
            Map.entry("mutagen.flac", "FLACError"),
            Map.entry("mutagen.id3._util", "ID3Error"),
            Map.entry("mutagen.mp3", "MP3Error"),
            Map.entry("mutagen._vorbis", "VorbisError"),
            Map.entry("mutagen.ogg", "OggError"),
            Map.entry("mutagen.oggvorbis", "OggVorbisError"),
            Map.entry("mutagen.oggflac", "OggFLACError"),
            Map.entry("mutagen.oggopus", "OggOpusError"),
            Map.entry("mutagen.oggspeex", "OggSpeexError"),
            Map.entry("mutagen.oggtheora", "OggTheoraError"),
            Map.entry("mutagen.mp4", "MP4Error"),
            Map.entry("mutagen.m4a", "M4AError"),
            Map.entry("mutagen.apev2", "APEv2Error"),
            Map.entry("mutagen.trueaudio", "TrueAudioError"),
            Map.entry("mutagen.aiff", "AIFFError"),
            Map.entry("mutagen.wave", "WAVEError"),
            Map.entry("mutagen.dsdiff", "DSDIFFError"),
            Map.entry("mutagen.dsf", "DSFError"),
            Map.entry("mutagen.asf._util", "ASFError"),
            Map.entry("mutagen._iff", "IffError"));

    private ErrorNames() {
    }

    /** A copy of a JSON value in which every error object is in our naming. */
    static Object canonical(Object json) {
        if (json instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) json;
            boolean isError = m.size() == 3 && m.containsKey("class") && m.containsKey("module")
                    && m.containsKey("message");
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put((String) e.getKey(), canonical(e.getValue()));
            }
            if (isError) {
                String cls = (String) out.get("class");
                Object module = out.remove("module");
                if ("error".equals(cls)) {
                    String ours = MODULE_ERRORS.get(String.valueOf(module));
                    out.put("class", ours != null ? ours : "error(" + module + ")");
                }
            }
            return out;
        }
        if (json instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) json) {
                out.add(canonical(o));
            }
            return out;
        }
        return json;
    }
}
