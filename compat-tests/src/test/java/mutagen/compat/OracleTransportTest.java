// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The worker's TCP mode, which the container launcher uses, run here with the local python3: a connection that leaves
 * at once (a readiness probe) is survived, the next one gets the greeting and answers, and "quit" ends the process.
 * Where only the container launcher is usable, the shared oracle runs in that mode already and is checked instead.
 */
class OracleTransportTest {

    @Test
    void tcpListenModeServesJsonLines() throws Exception {
        LocalPythonLauncher local = LocalPythonLauncher.fromSystemProperties();
        if (local.unavailableReason() == null) {
            int port;
            try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = free.getLocalPort();
            }
            Process worker = local.startProcess(List.of("--listen", "127.0.0.1:" + port));
            try {
                connect(port).close(); // the probe
                Socket socket = connect(port);
                try (JsonLinesOracle oracle = new JsonLinesOracle("tcp test", socket.getInputStream(),
                        socket.getOutputStream(), () -> close(socket))) {
                    assertTrue(oracle.description().contains("mutagen 1.48.1"), oracle.description());
                    Map<String, Object> dump = oracle.dump(TestFiles.corpus("silence-44-s.flac"));
                    assertEquals("FLAC", dump.get("kind"));
                    assertNull(dump.get("error"));
                }
                assertEquals(0, worker.waitFor(), "the worker ends after quit");
            } finally {
                worker.destroy();
            }
        } else {
            String d = Oracles.shared().description();
            assertTrue(d.startsWith("docker"), "no local python3 oracle, so the shared one must be the container: " + d);
        }
    }

    @Test
    void aHungWorkerFailsTheRequestAndIsStopped() throws Exception {
        java.io.ByteArrayInputStream greetingThenSilence = new java.io.ByteArrayInputStream(
                "{\"hello\": \"mutagen-oracle\", \"ok\": true, \"version\": \"1.48.1\"}\n".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                if (n > 0) {
                    return n;
                }
                try {
                    Thread.sleep(Long.MAX_VALUE); // a worker that never answers
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return -1;
            }
        };
        boolean[] stopped = {false};
        JsonLinesOracle oracle = new JsonLinesOracle("hung", greetingThenSilence,
                java.io.OutputStream.nullOutputStream(), () -> stopped[0] = true, 1);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> oracle.dump(TestFiles.corpus("silence-44-s.flac")));
        assertTrue(e.getMessage().contains("sent nothing for 1 s") && e.getMessage().contains("silence-44-s.flac"),
                e.getMessage());
        assertTrue(stopped[0], "the hung worker is stopped");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> oracle.dump(TestFiles.corpus("silence-44-s.flac"))).getMessage().contains("closed"));
    }

    @Test
    void aRefusingWorkerExplainsWhy() {
        java.io.ByteArrayInputStream refusal = new java.io.ByteArrayInputStream(("{\"hello\": \"mutagen-oracle\","
                + " \"ok\": false, \"error\": \"the oracle needs mutagen 1.48.1 but imported mutagen 1.46.0\"}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> new JsonLinesOracle("test", refusal, java.io.OutputStream.nullOutputStream(), () -> { }));
        assertTrue(e.getMessage().contains("refused to start: the oracle needs mutagen 1.48.1 but imported"),
                e.getMessage());
    }

    /** Connects once the worker listens (it may still be starting): a bounded number of attempts. */
    private static Socket connect(int port) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                return new Socket(java.net.InetAddress.getLoopbackAddress(), port);
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw last;
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing after the worker quit
        }
    }
}
