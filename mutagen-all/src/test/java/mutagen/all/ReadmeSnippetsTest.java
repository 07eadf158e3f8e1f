// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.all;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import mutagen.File;
import mutagen.FileType;
import mutagen.common.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The README's snippets cannot rot: every {@code java} block is compiled and run as written (its imports hoisted,
 * the rest the body of a {@code main}), in a folder holding {@code song.flac}, a copy of the shipped
 * {@code test-files/sample/sample.flac}; the {@code xml} block is well-formed Maven and names only modules of the BOM.
 */
class ReadmeSnippetsTest {
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```");

    private static Path readme() {
        String p = System.getProperty("mutagen.readme");
        assertNotNull(p, "mutagen.readme is set by the pom");
        return Path.of(p);
    }

    private static List<String> blocks(String lang) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(readme()));
        while (m.find()) {
            if (m.group(1).equals(lang)) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    private static Path sample() {
        return Path.of(System.getProperty("mutagen.testfiles"), "sample", "sample.flac");
    }

    /** One README block as a class: its imports first, every other line in {@code main}. */
    static String asClass(String name, String block) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        return imports + "public class " + name + " {\n    public static void main(String[] args) throws Exception {\n"
                + body + "    }\n}\n";
    }

    /** Compiles and runs each Java block in {@code work}; answers each run's standard output. */
    private static List<String> runJavaBlocks(Path work) throws Exception {
        List<String> snippets = blocks("java");
        assertTrue(snippets.size() >= 2, "the README has its Java snippets: " + snippets.size());
        Path classes = Files.createDirectories(work.resolve(".classes"));
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            Path src = work.resolve(".src/ReadmeSnippet" + i + ".java");
            Files.createDirectories(src.getParent());
            Files.writeString(src, asClass("ReadmeSnippet" + i, snippets.get(i)));
            sources.add(src);
        }
        String cp = System.getProperty("java.class.path");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", cp, "-Xlint:all", "-Werror"));
        sources.forEach(s -> args.add(s.toString()));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(new ByteArrayInputStream(new byte[0]), diagnostics, diagnostics,
                args.toArray(String[]::new));
        assertEquals(0, rc, "the README's Java snippets compile without warnings: " + diagnostics);
        assertEquals("", diagnostics.toString(), "no javac output");
        List<String> outputs = new ArrayList<>();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < snippets.size(); i++) {
            Process p = new ProcessBuilder(javaBin, "-cp", classes + java.io.File.pathSeparator + cp,
                    "ReadmeSnippet" + i).directory(work.toFile()).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "snippet " + i + " ends");
            assertEquals(0, p.exitValue(), "snippet " + i + " runs: " + err);
            assertEquals("", err, "snippet " + i + " prints nothing on stderr");
            outputs.add(new String(out, StandardCharsets.UTF_8));
        }
        return outputs;
    }

    @Test
    void javaSnippetsCompileAndRunOnTheSample(@TempDir Path work) throws Exception {
        Path song = work.resolve("song.flac");
        Files.copy(sample(), song);
        byte[] cover = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}; // a JPEG's first bytes
        Files.write(work.resolve("cover.jpg"), cover);
        FileType before = File.open(sample()).orElseThrow();
        List<String> outputs = runJavaBlocks(work);

        // Quick start: the length, mutagen's pprint, every key, then the saved title.
        String quick = outputs.get(0);
        assertTrue(quick.startsWith(before.info().length() + "\n" + before.pprint() + "\n"), quick);
        assertTrue(quick.contains("title = [A sine at 440 Hz]"), quick);
        FileType after = File.open(song).orElseThrow();
        assertEquals(List.of("New title"), after.get("title"));

        // In memory, channels and errors: the saved bytes carry the edit, the missing file is named.
        String memory = outputs.get(1);
        assertTrue(memory.contains("saved in memory: [In memory]"), memory);
        assertTrue(memory.contains("from a channel: FLAC"), memory);
        assertTrue(memory.contains("missing.flac: [Errno 2] No such file or directory: 'missing.flac'"), memory);
        assertEquals(List.of("New title"), File.open(song).orElseThrow().get("title"), "the file itself unchanged");

        // The cross-format view: the sample rate without a cast, then artists, track 3 of 12, an id and a cover.
        String view = outputs.get(2);
        assertTrue(view.startsWith(before.info().properties().sampleRate() + "\n"), view);
        assertTrue(view.contains("New title"), view);
        FileType back = File.open(song).orElseThrow();
        assertEquals(List.of("Artist One", "Artist Two"), back.get("artist"));
        assertEquals(List.of("3"), back.get("tracknumber"));
        assertEquals(List.of("12"), back.get("tracktotal"));
        assertEquals(List.of("b1a9c0e9-d987-4042-ae91-78d6a3267d69"), back.get("musicbrainz_trackid"));
        assertEquals(List.of(Picture.frontCover(cover)), back.common().pictures());
    }

    @Test
    void asClassHoistsImportsAndWrapsTheRest() {
        String c = asClass("X", "import java.util.List;\nSystem.out.println(List.of(1));\n");
        assertTrue(c.startsWith("import java.util.List;\npublic class X {"), c);
        assertTrue(c.contains("main(String[] args) throws Exception {\nSystem.out.println(List.of(1));"), c);
    }

    @Test
    void mavenSnippetImportsTheBomAndNamesOnlyItsModules() throws Exception {
        List<String> xml = blocks("xml");
        assertEquals(1, xml.size(), "one Maven snippet");
        var factory = DocumentBuilderFactory.newInstance();
        Document snippet = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                ("<project>" + xml.get(0) + "</project>").getBytes(StandardCharsets.UTF_8)));
        Path bomPom = readme().resolveSibling("mutagen-bom").resolve("pom.xml");
        Document bom = factory.newDocumentBuilder().parse(bomPom.toFile());
        Set<String> bomModules = artifactIds(bom.getElementsByTagName("dependency"));
        assertTrue(bomModules.contains("mutagen-all"), bomModules.toString());

        NodeList managed = snippet.getElementsByTagName("dependencyManagement");
        assertEquals(1, managed.getLength());
        Set<String> imported = artifactIds(((org.w3c.dom.Element) managed.item(0)).getElementsByTagName("dependency"));
        assertEquals(Set.of("mutagen-bom"), imported);
        Set<String> used = artifactIds(snippet.getElementsByTagName("dependency"));
        used.remove("mutagen-bom");
        assertFalse(used.isEmpty());
        assertTrue(bomModules.containsAll(used), used + " all in the BOM " + bomModules);
        String version = bom.getDocumentElement().getElementsByTagName("version").item(0).getTextContent();
        assertTrue(xml.get(0).contains("<version>" + version + "</version>"), "the snippet imports BOM " + version);
    }

    private static Set<String> artifactIds(NodeList dependencies) {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            var d = (org.w3c.dom.Element) dependencies.item(i);
            ids.add(d.getElementsByTagName("artifactId").item(0).getTextContent());
        }
        return ids;
    }
}
