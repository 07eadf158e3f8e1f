// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.BindMode;

/** How the oracle's launcher is chosen (with fake launchers), and what the real launchers check. */
class LauncherSelectionTest {

    /** A launcher that records whether it was asked. */
    static final class Fake implements OracleLauncher {
        final String name;
        final String reason;
        final List<String> asked;

        Fake(String name, String reason, List<String> asked) {
            this.name = name;
            this.reason = reason;
            this.asked = asked;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String unavailableReason() {
            asked.add(name);
            return reason;
        }

        @Override
        public String setupHint() {
            return name + ": how to set it up";
        }

        @Override
        public Oracle start() {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void autoPrefersLocalAndDoesNotProbeDocker() {
        List<String> asked = new ArrayList<>();
        Fake local = new Fake("local", null, asked);
        Fake docker = new Fake("docker", null, asked);
        assertSame(local, OracleLaunchers.select("auto", List.of(local, docker)));
        assertEquals(List.of("local"), asked);
    }

    @Test
    void autoFallsBackToDocker() {
        List<String> asked = new ArrayList<>();
        Fake docker = new Fake("docker", null, asked);
        assertSame(docker, OracleLaunchers.select("auto", List.of(new Fake("local", "no python", asked), docker)));
        assertEquals(List.of("local", "docker"), asked);
    }

    @Test
    void theDefaultIsTheContainerAndLocalIsNeverProbed() {
        List<String> asked = new ArrayList<>();
        Fake local = new Fake("local", null, asked);
        Fake docker = new Fake("docker", null, asked);
        assertSame(docker, OracleLaunchers.select(null, List.of(local, docker)));
        assertSame(docker, OracleLaunchers.select(" ", List.of(local, docker)));
        assertEquals(List.of("docker", "docker"), asked);
    }

    @Test
    void withoutAnEngineTheDefaultSaysHowToChooseTheLocalLauncher() {
        AssertionError e = assertThrows(AssertionError.class, () -> OracleLaunchers.select(null,
                List.of(new Fake("local", null, new ArrayList<>()), new Fake("docker", "no engine", new ArrayList<>()))));
        assertTrue(e.getMessage().contains("docker: no engine"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dmutagen.oracle.launcher=local"), e.getMessage());
    }

    // Testcontainers against a plain engine needs these two in the test JVM's environment (the surefire
    // configuration of compat-tests sets them): without them it pulls Ryuk's and alpine's images by itself.
    @Test
    void theTestcontainersVariablesReachTheForkedJvm() {
        assertEquals("true", System.getenv("TESTCONTAINERS_RYUK_DISABLED"));
        assertEquals("true", System.getenv("TESTCONTAINERS_CHECKS_DISABLE"));
    }

    @Test
    void explicitModeUsesOnlyThatLauncher() {
        List<String> asked = new ArrayList<>();
        Fake local = new Fake("local", null, asked);
        Fake docker = new Fake("docker", "no engine", asked);
        AssertionError e = assertThrows(AssertionError.class,
                () -> OracleLaunchers.select("docker", List.of(local, docker)));
        assertEquals(List.of("docker"), asked);
        assertTrue(e.getMessage().contains("docker: no engine"), e.getMessage());
        assertFalse(e.getMessage().contains("local: how"), e.getMessage());
        assertSame(local, OracleLaunchers.select("local", List.of(local, docker)));
    }

    @Test
    void noLauncherFailsWithSetupInstructions() {
        List<String> asked = new ArrayList<>();
        AssertionError e = assertThrows(AssertionError.class, () -> OracleLaunchers.select("auto",
                List.of(new Fake("local", "no mutagen under /x", asked), new Fake("docker", "no engine", asked))));
        String m = e.getMessage();
        assertTrue(m.contains("local: no mutagen under /x") && m.contains("docker: no engine"), m);
        assertTrue(m.contains("local: how to set it up") && m.contains("docker: how to set it up"), m);
    }

    @Test
    void unknownModeFails() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> OracleLaunchers.select("podman", List.of(new Fake("local", null, new ArrayList<>()))));
        assertTrue(e.getMessage().contains("podman"), e.getMessage());
    }

    @Test
    void realLauncherHintsSayWhatToDo() {
        assertTrue(LocalPythonLauncher.fromSystemProperties().setupHint().contains("install-mutagen.sh"));
        assertTrue(LocalPythonLauncher.fromSystemProperties().setupHint().contains("-Dmutagen.oracle="));
        assertTrue(new DockerOracleLauncher().setupHint().contains("Dockerfile"));
    }

    @Test
    void localLauncherNeedsMutagenInTheGivenFolder(@TempDir Path empty) {
        LocalPythonLauncher l = new LocalPythonLauncher(empty, "python3", CompatFiles.oracleScript());
        String reason = l.unavailableReason();
        assertNotNull(reason);
        assertTrue(reason.contains(empty.toString()), reason);
    }

    @Test
    void localLauncherUsesTheDebianLayoutOfInstallMutagen(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("root/usr/lib/python3/dist-packages");
        java.nio.file.Files.createDirectories(site.resolve("mutagen"));
        java.nio.file.Files.writeString(site.resolve("mutagen/__init__.py"), "");
        LocalPythonLauncher l = new LocalPythonLauncher(dir, "/bin/sh", CompatFiles.oracleScript());
        assertEquals(site, l.sitePackages());
        assertNull(l.unavailableReason());
        assertNotNull(new LocalPythonLauncher(dir, "/no/such/python3", CompatFiles.oracleScript())
                .unavailableReason());
    }

    @Test
    void localLauncherAcceptsAPlainSitePackagesFolder(@TempDir Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("mutagen"));
        java.nio.file.Files.writeString(dir.resolve("mutagen/__init__.py"), "");
        LocalPythonLauncher l = new LocalPythonLauncher(dir, "/bin/sh", CompatFiles.oracleScript());
        assertEquals(dir, l.sitePackages());
        assertNull(l.unavailableReason());
    }

    @Test
    void dockerLauncherBindsCorpusReadOnlyAndTempReadWrite() {
        Map<Path, BindMode> binds = DockerOracleLauncher.binds();
        assertEquals(BindMode.READ_ONLY, binds.get(CompatFiles.corpusDir()));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        assertEquals(BindMode.READ_WRITE, binds.get(tmp));
    }

    /** An engine with a reachability answer and a set of local images. */
    record FakeEngine(String unreachable, java.util.Set<String> images) implements DockerOracleLauncher.Engine {
        @Override
        public String unreachableReason() {
            return unreachable;
        }

        @Override
        public boolean hasImage(String image) {
            return images.contains(image);
        }
    }

    @Test
    void dockerLauncherSaysWhenNoEngineIsReachable() {
        DockerOracleLauncher l = new DockerOracleLauncher(null,
                new FakeEngine("no Docker engine reachable: no dockerd running", java.util.Set.of()));
        assertEquals("no Docker engine reachable: no dockerd running", l.unavailableReason());
    }

    @Test
    void dockerLauncherSaysWhenTheNamedBaseImageIsMissing() {
        DockerOracleLauncher l = new DockerOracleLauncher(DockerOracleLauncher.LOCAL_IMAGE,
                new FakeEngine(null, java.util.Set.of()));
        String reason = l.unavailableReason();
        assertNotNull(reason);
        assertTrue(reason.contains(DockerOracleLauncher.LOCAL_IMAGE) && reason.contains("not in the local Docker engine")
                && reason.contains(".ci/oracle-image"), reason);
        assertEquals(DockerOracleLauncher.LOCAL_IMAGE, l.pullNeeded());
    }

    @Test
    void dockerLauncherWithALocalBaseNeedsNoPull() {
        DockerOracleLauncher l = new DockerOracleLauncher(DockerOracleLauncher.LOCAL_IMAGE,
                new FakeEngine(null, java.util.Set.of(DockerOracleLauncher.LOCAL_IMAGE)));
        assertNull(l.unavailableReason());
        assertNull(l.pullNeeded());
    }

    @Test
    void dockerLauncherWithTheDefaultBaseNamesThePullItNeeds() {
        DockerOracleLauncher l = new DockerOracleLauncher(" ", new FakeEngine(null, java.util.Set.of()));
        assertNull(l.unavailableReason(), "a pull may work where Docker Hub is reachable");
        assertEquals(DockerOracleLauncher.DEFAULT_BASE, l.pullNeeded());
        assertTrue(l.setupHint().contains(".ci/oracle-image") && l.setupHint().contains("-Dmutagen.oracle.image="),
                l.setupHint());
    }

    @Test
    void theOracleScriptAndDockerfileExist() {
        assertTrue(CompatFiles.oracleScript().toFile().isFile(), CompatFiles.oracleScript().toString());
        assertTrue(CompatFiles.moduleDir().resolve("Dockerfile").toFile().isFile());
    }
}
