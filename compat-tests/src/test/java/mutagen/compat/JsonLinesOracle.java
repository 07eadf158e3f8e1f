// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An {@link Oracle} that talks to {@code oracle.py} in JSON lines over a pair of streams (a process's pipes or a
 * socket). The worker's greeting is checked first: a worker that does not run mutagen 1.48.1 fails right there, with
 * the worker's own explanation.
 */
final class JsonLinesOracle implements Oracle {
    private final String description;
    /** How long one answer may take before the worker counts as hung (mutagen itself looping on a hostile file). */
    static final long ANSWER_TIMEOUT_SECONDS = 120;
    private static final String EOF = "\u0000EOF";

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final BufferedReader in;
    private final BufferedWriter out;
    private final Runnable onClose;
    private long nextId = 1;
    private boolean closed;

    private final long timeoutSeconds;

    JsonLinesOracle(String launcher, InputStream fromWorker, OutputStream toWorker, Runnable onClose)
            throws IOException {
        this(launcher, fromWorker, toWorker, onClose, ANSWER_TIMEOUT_SECONDS);
    }

    JsonLinesOracle(String launcher, InputStream fromWorker, OutputStream toWorker, Runnable onClose,
            long timeoutSeconds) throws IOException {
        this.timeoutSeconds = timeoutSeconds;
        this.in = new BufferedReader(new InputStreamReader(fromWorker, StandardCharsets.UTF_8));
        this.out = new BufferedWriter(new OutputStreamWriter(toWorker, StandardCharsets.UTF_8));
        this.onClose = onClose;
        Thread pump = new Thread(this::pump, "mutagen-oracle-reader");
        pump.setDaemon(true);
        pump.start();
        String line = next();
        if (line == null) {
            onClose.run();
            throw new IOException(launcher + ": the oracle worker exited before greeting");
        }
        Map<String, Object> hello = asMap(Json.parse(line));
        if (!Boolean.TRUE.equals(hello.get("ok"))) {
            onClose.run();
            throw new IOException(launcher + ": the oracle worker refused to start: " + hello.get("error"));
        }
        this.description = launcher + ", mutagen " + hello.get("version") + " on Python " + hello.get("python")
                + (hello.get("mutagen") != null ? " (" + hello.get("mutagen") + ")" : "");
    }

    /** Moves the worker's lines into the queue, so that a wait for an answer can time out. */
    private void pump() {
        try {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                lines.add(l);
            }
        } catch (IOException ignored) {
            // the stream broke: the same as its end
        }
        lines.add(EOF);
    }

    /** The next line of the worker, or null at its end; an IOException when none comes in time. */
    private String next() throws IOException {
        try {
            String l = lines.poll(timeoutSeconds, TimeUnit.SECONDS);
            if (l == null) {
                throw new IOException("the oracle worker sent nothing for " + timeoutSeconds + " s");
            }
            if (l.equals(EOF)) {
                lines.add(EOF);
                return null;
            }
            return l;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the oracle", e);
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Map<String, Object> dump(Path path) throws IOException {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("op", "dump");
        req.put("path", path.toAbsolutePath().normalize().toString());
        return asMap(ErrorNames.canonical(call(req)));
    }

    @Override
    public InspectResult inspect(List<String> args) throws IOException {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("op", "inspect");
        req.put("paths", List.copyOf(args));
        Map<String, Object> r = asMap(call(req));
        return new InspectResult((String) r.get("stdout"), (String) r.get("stderr"),
                ((Number) r.get("exit")).intValue());
    }

    @Override
    public Map<String, Object> edit(Path path, List<Map<String, Object>> ops) throws IOException {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("op", "edit");
        req.put("path", path.toAbsolutePath().normalize().toString());
        req.put("ops", ops);
        return asMap(ErrorNames.canonical(call(req)));
    }

    private synchronized Object call(Map<String, Object> request) throws IOException {
        if (closed) {
            throw new IOException("the oracle is closed");
        }
        long id = nextId++;
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("id", id);
        req.putAll(request);
        out.write(Json.write(req));
        out.write('\n');
        out.flush();
        String line;
        try {
            line = next();
        } catch (IOException e) {
            // a hung worker cannot serve anyone any more: stop it, and say which request it hung on
            closed = true;
            onClose.run();
            throw new IOException(e.getMessage() + " while answering " + Json.write(request), e);
        }
        if (line == null) {
            throw new IOException("the oracle worker died while answering " + Json.write(request));
        }
        Map<String, Object> answer = asMap(Json.parse(line));
        if (!Long.valueOf(id).equals(answer.get("id"))) {
            throw new IOException("the oracle answered request " + answer.get("id") + " instead of " + id);
        }
        if (!Boolean.TRUE.equals(answer.get("ok"))) {
            throw new IOException("the oracle worker failed on " + Json.write(request) + ":\n" + answer.get("error"));
        }
        return answer.get("result");
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.write("{\"id\": 0, \"op\": \"quit\"}\n");
            out.flush();
            next();
        } catch (IOException ignored) {
            // the worker is gone already; nothing left to stop but the process or container
        }
        onClose.run();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        if (!(o instanceof Map)) {
            throw new IllegalStateException("expected a JSON object from the oracle, got " + o);
        }
        return (Map<String, Object>) o;
    }
}
