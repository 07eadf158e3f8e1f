// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * Starts {@code oracle.py} in a container built from the module's {@code Dockerfile} (a slim Python image with
 * {@code pip install mutagen==1.48.1}) through Testcontainers, when a Docker engine is reachable. The corpus, the
 * fixtures and the temp folder are bound at the same paths inside, so requests name files exactly as on the host;
 * the worker listens on TCP port {@value #PORT} and speaks the same JSON lines as the local launcher.
 */
final class DockerOracleLauncher implements OracleLauncher {
    static final int PORT = 7777;

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public String unavailableReason() {
        try {
            return DockerClientFactory.instance().isDockerAvailable() ? null : "no Docker engine reachable";
        } catch (RuntimeException | LinkageError e) {
            return "no Docker engine reachable (" + e + ")";
        }
    }

    @Override
    public String setupHint() {
        return "docker: start a Docker engine the Testcontainers library can reach (DOCKER_HOST or the local socket);"
                + " the image is built from compat-tests/Dockerfile";
    }

    /** The host folders bound into the container, each at its own path, with their modes. */
    static Map<Path, BindMode> binds() {
        Map<Path, BindMode> binds = new LinkedHashMap<>();
        binds.put(CompatFiles.corpusDir(), BindMode.READ_ONLY);
        Path fixtures = CompatFiles.fixturesDirOrNull();
        if (fixtures != null) {
            binds.put(fixtures, BindMode.READ_ONLY);
        }
        binds.put(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize(), BindMode.READ_WRITE);
        return binds;
    }

    @Override
    @SuppressWarnings("resource") // the container is stopped by the oracle's close()
    public Oracle start() throws IOException {
        Path dockerfile = CompatFiles.moduleDir().resolve("Dockerfile");
        if (!Files.isRegularFile(dockerfile)) {
            throw new IOException("missing " + dockerfile);
        }
        ImageFromDockerfile image = new ImageFromDockerfile("mutagen-java-oracle:1.48.1", false)
                .withFileFromPath("Dockerfile", dockerfile)
                .withFileFromPath("oracle.py", CompatFiles.oracleScript());
        GenericContainer<?> container = new GenericContainer<>(image)
                .withExposedPorts(PORT)
                .waitingFor(Wait.forListeningPort());
        for (Map.Entry<Path, BindMode> bind : binds().entrySet()) {
            String p = bind.getKey().toString();
            container.withFileSystemBind(p, p, bind.getValue());
        }
        container.start();
        Socket socket = new Socket(container.getHost(), container.getMappedPort(PORT));
        return new JsonLinesOracle("docker " + container.getDockerImageName(), socket.getInputStream(),
                socket.getOutputStream(), () -> {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // closing a socket to a container that is being stopped
                    }
                    container.stop();
                });
    }
}
