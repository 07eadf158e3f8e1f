// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import com.github.dockerjava.api.exception.NotFoundException;
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
 * Starts {@code oracle.py} in a container built from the module's {@code Dockerfile} through Testcontainers. The
 * Dockerfile's base is a build argument: by default a public Python image plus {@code pip install mutagen==1.48.1}
 * (Docker Hub and PyPI must be reachable); with {@code -Dmutagen.oracle.image=IMAGE} (or {@code MUTAGEN_ORACLE_IMAGE})
 * an image already in the local engine, such as {@code local/python3-mutagen:1.48.1} that {@code .ci/oracle-image}
 * builds without any registry, and then nothing is pulled. The corpus, the fixtures and the temp folder are bound at
 * the same paths inside, so requests name files exactly as on the host; the worker listens on TCP port
 * {@value #PORT} and speaks the same JSON lines as the local launcher.
 */
final class DockerOracleLauncher implements OracleLauncher {
    static final int PORT = 7777;
    /** The Dockerfile's default base, pulled from Docker Hub when no base image is named. */
    static final String DEFAULT_BASE = "python:3.12-slim";
    /** The image {@code .ci/oracle-image} builds. */
    static final String LOCAL_IMAGE = "local/python3-mutagen:1.48.1";

    /** What the launcher asks of the Docker engine (a fake in tests). */
    interface Engine {
        /** Why no engine is reachable, or {@code null} when one is. */
        String unreachableReason();

        /** Whether the engine holds the image locally. */
        boolean hasImage(String image);
    }

    private final String base;
    private final Engine engine;

    /** The launcher for this run: the base image from {@code mutagen.oracle.image} / {@code MUTAGEN_ORACLE_IMAGE}. */
    DockerOracleLauncher() {
        this(OracleLaunchers.setting("mutagen.oracle.image", "MUTAGEN_ORACLE_IMAGE"), new TestcontainersEngine());
    }

    /** A launcher building on {@code base} ({@code null}: the Dockerfile's default) through {@code engine}. */
    DockerOracleLauncher(String base, Engine engine) {
        this.base = base == null || base.isBlank() ? null : base.trim();
        this.engine = engine;
    }

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public String unavailableReason() {
        String unreachable = engine.unreachableReason();
        if (unreachable != null) {
            return unreachable;
        }
        if (base != null && !engine.hasImage(base)) {
            return "the base image " + base + " named by -Dmutagen.oracle.image is not in the local Docker engine, and"
                    + " it is not pulled (build it without a registry with .ci/oracle-image)";
        }
        return null;
    }

    @Override
    public String setupHint() {
        return "docker: start a Docker engine the Testcontainers library can reach (DOCKER_HOST or"
                + " /var/run/docker.sock); the image is built from compat-tests/Dockerfile on " + DEFAULT_BASE
                + " (pulled from Docker Hub, mutagen from PyPI), or with no registry: run .ci/oracle-image and pass"
                + " -Dmutagen.oracle.image=" + LOCAL_IMAGE;
    }

    /** What the build will need that the engine does not have: the base it would pull, or {@code null}. */
    String pullNeeded() {
        String b = base == null ? DEFAULT_BASE : base;
        return engine.hasImage(b) ? null : b;
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
        String pull = pullNeeded();
        String from = base == null ? DEFAULT_BASE + " (the Dockerfile's default)" : base;
        System.out.println("[oracle] docker: building " + dockerfile + " on " + from
                + (pull == null ? ", present in the local engine: nothing is pulled"
                        : ": not in the local engine, so it is pulled from its registry"));
        ImageFromDockerfile image = new ImageFromDockerfile("mutagen-java-oracle:1.48.1", false)
                .withFileFromPath("Dockerfile", dockerfile)
                .withFileFromPath("oracle.py", CompatFiles.oracleScript());
        if (base != null) {
            image.withBuildArg("BASE", base);
        }
        GenericContainer<?> container = new GenericContainer<>(image)
                .withExposedPorts(PORT)
                .waitingFor(Wait.forListeningPort());
        for (Map.Entry<Path, BindMode> bind : binds().entrySet()) {
            String p = bind.getKey().toString();
            container.withFileSystemBind(p, p, bind.getValue());
        }
        long t0 = System.nanoTime();
        try {
            container.start();
        } catch (RuntimeException e) {
            throw new IOException("the oracle container did not start"
                    + (pull == null ? "" : " (its base " + pull + " is not in the local engine and had to be pulled;"
                            + " without registry access run .ci/oracle-image and pass -Dmutagen.oracle.image="
                            + LOCAL_IMAGE + ")")
                    + ": " + e + rootCause(e), e);
        }
        System.out.printf("[oracle] docker: container %s started from image %s in %.1f s, port %d -> %s:%d%n",
                container.getContainerId().substring(0, 12), container.getDockerImageName(),
                (System.nanoTime() - t0) / 1e9, PORT, container.getHost(), container.getMappedPort(PORT));
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

    /** The innermost cause of a Testcontainers failure (e.g. the registry's "no such host"), or "". */
    static String rootCause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c == e ? "" : "; at the root: " + c;
    }

    /** The engine Testcontainers finds (DOCKER_HOST, the local socket, ...). */
    static final class TestcontainersEngine implements Engine {
        @Override
        public String unreachableReason() {
            try {
                if (DockerClientFactory.instance().isDockerAvailable()) {
                    return null;
                }
            } catch (RuntimeException | LinkageError e) {
                return "no Docker engine reachable (" + e + ")";
            }
            String host = System.getenv("DOCKER_HOST");
            return "no Docker engine reachable: " + (host != null ? "DOCKER_HOST=" + host + " does not answer"
                    : Files.exists(Path.of("/var/run/docker.sock"))
                            ? "/var/run/docker.sock exists but no engine answers on it (is dockerd running?)"
                            : "DOCKER_HOST is unset and /var/run/docker.sock does not exist (no dockerd running)");
        }

        @Override
        public boolean hasImage(String image) {
            try {
                DockerClientFactory.instance().client().inspectImageCmd(image).exec();
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        }
    }
}
