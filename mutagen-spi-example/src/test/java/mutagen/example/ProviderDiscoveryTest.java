// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mutagen.File;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.spi.Providers;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The provider is found through {@link java.util.ServiceLoader}, on the module path (from module-info's
 * {@code provides}) and on the class path (from META-INF/services): the pom runs this class both ways, telling it
 * which through the {@code mutagen.expectModulePath} system property.
 */
class ProviderDiscoveryTest {

    private static boolean expectModulePath() {
        String value = System.getProperty("mutagen.expectModulePath");
        assertNotNull(value, "the pom sets mutagen.expectModulePath for each surefire execution");
        return Boolean.parseBoolean(value);
    }

    @Test
    void testRunsWhereThePomSays() {
        boolean modulePath = expectModulePath();
        assertEquals(modulePath, FormatProvider.class.getModule().isNamed(), "API module");
        assertEquals(modulePath, ExampleProvider.class.getModule().isNamed(), "example module");
        if (modulePath) {
            assertEquals("mutagen", FormatProvider.class.getModule().getName());
            assertEquals("mutagen.example", ExampleProvider.class.getModule().getName());
            assertTrue(FormatProvider.class.getModule().getDescriptor().uses().contains(FormatProvider.class
                    .getName()));
        }
    }

    @Test
    void testProviderIsInstalled() {
        List<FormatProvider> installed = Providers.installed();
        assertTrue(installed.stream().anyMatch(p -> p instanceof ExampleProvider), installed.toString());
        FormatProvider byKind = Providers.byKind(ExampleProvider.KIND);
        assertNotNull(byKind);
        assertEquals(ExampleProvider.class, byKind.getClass());
        assertEquals(List.of(), Providers.loadErrors());
        // Loaded once: the same instances every time.
        assertSame(installed, Providers.installed());
    }

    @Test
    void testFileOpenPicksItByScore() throws IOException {
        Path sample = TestFiles.fixture("example/44100-2-1.5s-tags.mutex");
        Optional<FileType> f = File.open(sample);
        assertTrue(f.isPresent());
        assertEquals(ExampleFile.class, f.get().getClass());
        assertEquals("Example", f.get().get("title"));
        Optional<FileType> viaKinds = File.open(sample, Options.defaults().withKinds(ExampleProvider.KIND));
        assertEquals(ExampleFile.class, viaKinds.get().getClass());
    }
}
