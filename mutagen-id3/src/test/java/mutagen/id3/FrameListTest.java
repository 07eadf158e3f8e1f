// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every frame class of the public API against mutagen's own lists: {@code mutagen-frames.tsv} is what mutagen 1.48.1
 * says its {@code Frames} and {@code Frames_2_2} hold (made by the {@code frames.py} beside it, see its header).
 * The frame classes generated from {@code src/main/frames/frames.tsv} are also checked for the public constructors
 * their shape promises (the ones the hand-written classes had before they were generated).
 */
class FrameListTest {
    /** registry ("Frames" or "Frames_2_2") -> frame ID -> mutagen's base class name. */
    private static Map<String, Map<String, String>> mutagenLists() throws IOException {
        Map<String, Map<String, String>> lists = new TreeMap<>();
        try (InputStream in = FrameListTest.class.getResourceAsStream("mutagen-frames.tsv")) {
            assertNotNull(in, "mutagen-frames.tsv");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                assertEquals(f[1], f[2], "mutagen names each frame class after its ID: " + line);
                lists.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[3]);
            }
        }
        return lists;
    }

    @Test
    void registriesHoldExactlyMutagensFrames() throws IOException {
        Map<String, Map<String, String>> lists = mutagenLists();
        assertEquals(105, lists.get("Frames").size());
        assertEquals(71, lists.get("Frames_2_2").size());
        assertEquals(new TreeSet<>(lists.get("Frames").keySet()), new TreeSet<>(Frames.v23().keySet()));
        assertEquals(new TreeSet<>(lists.get("Frames_2_2").keySet()), new TreeSet<>(Frames.v22().keySet()));
    }

    @Test
    void everyFrameClassIsPublicWithMutagensBaseClass() throws Exception {
        Map<String, Map<String, String>> lists = mutagenLists();
        for (Map.Entry<String, Map<String, String>> list : lists.entrySet()) {
            Map<String, Supplier<? extends Frame>> registry = list.getKey().equals("Frames") ? Frames.v23()
                    : Frames.v22();
            for (Map.Entry<String, String> e : list.getValue().entrySet()) {
                String id = e.getKey();
                Class<?> c = Class.forName("mutagen.id3." + id);
                assertTrue(Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(c.getModifiers()), id);
                assertTrue(Frame.class.isAssignableFrom(c), id);
                assertEquals(e.getValue(), c.getSuperclass().getSimpleName(), id + "'s base class");
                assertTrue(Modifier.isPublic(c.getConstructor().getModifiers()), id + "()");
                Frame f = registry.get(id).get();
                assertEquals(c, f.getClass(), id);
                assertEquals(id, f.frameId());
                if (list.getKey().equals("Frames_2_2")) {
                    String base = e.getValue();
                    assertEquals(base.equals("Frame") ? null : base, Frames.v22Parent(id), id + "'s upgrade");
                }
            }
        }
    }

    @Test
    void generatedClassesHaveTheConstructorsOfTheirShape() throws Exception {
        Map<String, List<String>> shapes = Map.of(
                "none", List.of("()"),
                "text", List.of("()", "(Encoding,List)", "(Encoding,String[])"),
                "text-comma", List.of("()", "(Encoding,List)", "(Encoding,String[])"),
                "url", List.of("()", "(String)"),
                "people", List.of("()", "(Encoding,List)"),
                "data", List.of("()", "(byte[])"));
        int generated = 0;
        int hand = 0;
        int fields = 0;
        int families = 0;
        int errors = 0;
        Map<String, List<String>> declared = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/main/frames/frames.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].equals("spec")) {
                // A field kind: a public class nested in Spec with the constructor the row declares.
                Class<?> k = Class.forName("mutagen.id3.Spec$" + f[1]);
                assertTrue(Modifier.isPublic(k.getModifiers()) && Spec.class.isAssignableFrom(k), line);
                assertEquals(List.of(signature(f[4])), constructors(k), line);
                continue;
            }
            if (f[0].equals("shared")) {
                // A shared field: FrameFields has its interface, with the typed getter.
                Class<?> i = Class.forName("mutagen.id3.FrameFields$With" + Character.toUpperCase(f[1].charAt(0))
                        + f[1].substring(1));
                assertEquals(f[2], i.getMethod(f[1]).getReturnType().getSimpleName(), line);
                continue;
            }
            if (f[0].equals("error")) {
                // An error class: public, generated (no hand-written file), extending what the row says, with the
                // constructors (message) and (message, cause).
                Class<?> e = Class.forName("mutagen.id3." + f[1]);
                assertTrue(Modifier.isPublic(e.getModifiers()), line);
                assertFalse(Files.exists(Path.of("src/main/java/mutagen/id3/" + f[1] + ".java")), f[1] + " twice");
                assertEquals(f[2].split(" ")[0], e.getSuperclass().getName().replace("mutagen.id3.", ""), line);
                assertEquals(List.of("(String)", "(String,Throwable)"), constructors(e), line);
                errors++;
                continue;
            }
            Class<?> c = Class.forName("mutagen.id3." + f[0]);
            if (f[1].matches("[a-z+?].*")) {
                // A line of the fields part: a "new" item of a frame promises a public constructor with those
                // parameters (a family's constructors are protected).
                if (f[1].equals("new") && declared.containsKey(f[0])) {
                    declared.get(f[0]).add(signature(f[2]));
                }
                continue;
            }
            if (f[2].equals("hand")) {
                hand++;
                assertTrue(Files.exists(Path.of("src/main/java/mutagen/id3/" + f[0] + ".java")), f[0]);
                continue;
            }
            assertFalse(Files.exists(Path.of("src/main/java/mutagen/id3/" + f[0] + ".java")), f[0] + " twice");
            assertEquals(f[1], c.getSuperclass().getSimpleName(), f[0]);
            if (f[2].equals("family")) {
                families++;
                assertTrue(Modifier.isAbstract(c.getModifiers()) && Modifier.isPublic(c.getModifiers()), f[0]);
                continue;
            }
            generated++;
            if (f[2].equals("fields")) {
                fields++;
                declared.put(f[0], new ArrayList<>(List.of("()")));
                continue;
            }
            assertEquals(shapes.get(f[2]), constructors(c), f[0]);
        }
        for (Map.Entry<String, List<String>> e : declared.entrySet()) {
            e.getValue().sort(null);
            assertEquals(e.getValue(), constructors(Class.forName("mutagen.id3." + e.getKey())), e.getKey());
        }
        assertEquals(176, generated + hand);
        assertEquals(175, generated);
        assertEquals(37, fields);
        assertEquals(6, families);
        assertEquals(9, errors);
    }

    /** "(Encoding,String[])" for the parameters "Encoding encoding, String... text". */
    private static String signature(String params) {
        return "(" + params.replaceAll("(\\w+(\\[\\])?)(<[^>]*>)?(\\.\\.\\.)? \\w+", "$1$4").replace("...", "[]")
                .replace(", ", ",") + ")";
    }

    private static List<String> constructors(Class<?> c) {
        List<String> ctors = new ArrayList<>();
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            assertTrue(Modifier.isPublic(k.getModifiers()), k.toString());
            ctors.add(Arrays.stream(k.getParameterTypes()).map(Class::getSimpleName)
                    .reduce((a, b) -> a + "," + b).map(s -> "(" + s + ")").orElse("()"));
        }
        ctors.sort(null);
        return ctors;
    }

    @Test
    void generatedTextConstructorsSplitAsMutagenDoes() {
        assertEquals(List.of("a", "b"), new TALB(Encoding.UTF8, "a\u0000b").text());
        assertEquals(List.of("a", "b"), new TAL(Encoding.UTF8, List.of("a", "b")).text());
        assertEquals("2004-05", new TDRC(Encoding.UTF8, "2004-05,2005").text().get(0));
        assertEquals("http://example.org", new WOAR("http://example.org").url());
        assertEquals(List.of(List.of("a", "b")), new TIPL(Encoding.UTF8, List.of(List.of("a", "b"))).people());
        assertEquals(3, new MCDI(new byte[3]).data().length);
        assertEquals(Encoding.UTF8, new TAL(Encoding.UTF8, "x").encoding());
    }

    @Test
    void typedSettersOnly() throws Exception {
        TXXX t = new TXXX();
        t.setText("a\u0000b");
        assertEquals(List.of("a", "b"), t.text());
        t.setText("c", "d\u0000e");
        assertEquals(List.of("c", "d\u0000e"), t.text());
        t.setText(List.of("f"));
        assertEquals(List.of("f"), t.text());
        APIC a = new APIC();
        a.setType(PictureType.ARTIST);
        assertEquals(PictureType.ARTIST, a.type());
        USLT u = new USLT();
        u.setText("words");
        assertEquals("words", u.text());
        for (Class<?> c : List.of(TextFrame.class, COMM.class, TXXX.class, WXXX.class, APIC.class, USLT.class,
                USER.class)) {
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                if (m.getName().startsWith("set") && Modifier.isPublic(m.getModifiers())) {
                    assertFalse(Arrays.asList(m.getParameterTypes()).contains(Object.class), m.toString());
                }
            }
        }
    }
}
