package org.casebook.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.casebook.diag.Messages;

/**
 * The preview's HTTP side, on the JDK's own server: the in-memory site (GET and HEAD only), a small
 * reload client injected into HTML responses (never into a built site), and a Server-Sent Events
 * stream telling open pages to reload or to show the build's problems.
 */
final class PreviewServer implements AutoCloseable {

    static final String PREFIX = "/__casebook/";
    private static final String EVENTS = PREFIX + "events";
    private static final String CLIENT = PREFIX + "reload.js";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("ico", "image/x-icon"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    /** An event for every open page; {@code null} data closes the stream. */
    private record Event(String name, String data) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final MemorySite site;
    private final Supplier<String> clientTag;
    private final Supplier<Optional<Event>> initialEvent;
    private final List<BlockingQueue<Event>> clients = new CopyOnWriteArrayList<>();
    private final byte[] clientScript;
    private volatile boolean closing;
    private final Messages messages;

    private PreviewServer(HttpServer server, ExecutorService executor, MemorySite site, Supplier<String> clientTag,
            Supplier<Optional<Event>> initialEvent, Messages messages) throws IOException {
        this.server = server;
        this.messages = messages;
        this.executor = executor;
        this.site = site;
        this.clientTag = clientTag;
        this.initialEvent = initialEvent;
        try (InputStream in = PreviewServer.class.getResourceAsStream("reload.js")) {
            this.clientScript = in.readAllBytes();
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /**
     * Binds {@code host} on {@code port}, or the next free port of the following {@code tries - 1}.
     *
     * @param clientTag  the script tag injected before {@code </body>} of every HTML response
     * @param problems   the current problems as an event payload (a JSON list), empty when there are none
     * @param messages   the knowledge base's language, for what the terminal is told
     */
    static PreviewServer bind(String host, int port, int tries, MemorySite site, Supplier<String> clientTag,
            Supplier<Optional<String>> problems, Messages messages) throws IOException {
        IOException last = null;
        for (int p = port; p < port + tries; p++) {
            try {
                HttpServer s = HttpServer.create(new InetSocketAddress(host, p), 64);
                ExecutorService pool = Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "casebook-http");
                    t.setDaemon(true);
                    return t;
                });
                return new PreviewServer(s, pool, site, clientTag,
                        () -> Optional.of(problems.get().map(json -> new Event("problems", json))
                                .orElse(new Event("ok", "{}"))), messages);
            } catch (java.net.BindException e) {
                last = e;
            }
        }
        throw last == null ? new IOException("no port") : last;
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page: reload if your path is among {@code paths} ("*" for all). */
    void reload(String pathsJson) {
        broadcast(new Event("reload", pathsJson));
    }

    void problems(String json) {
        broadcast(new Event("problems", json));
    }

    void ok() {
        broadcast(new Event("ok", "{}"));
    }

    private void broadcast(Event e) {
        clients.forEach(q -> q.offer(e));
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!method.equals("GET") && !head) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "405 Method Not Allowed\n".getBytes(StandardCharsets.UTF_8),
                        head);
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            if (EVENTS.equals(raw) && !head) {
                events(ex);
                return;
            }
            if (CLIENT.equals(raw)) {
                send(ex, 200, TYPES.get("js"), clientScript, head);
                return;
            }
            // "//etc/passwd" arrives as authority "etc" and path "/passwd": only a plain path is served
            boolean plainPath = ex.getRequestURI().getRawAuthority() == null && ex.getRequestURI().getScheme() == null;
            Optional<String> sitePath = plainPath ? RequestPaths.toSitePath(raw) : Optional.empty();
            if (sitePath.isEmpty()) {
                send(ex, 400, "text/plain; charset=utf-8", "400 Bad Request\n".getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            String path = sitePath.get();
            Optional<byte[]> body;
            boolean folder;
            try {
                body = site.read(path); // a derived page may be rendered now, see DerivedOutputs
                folder = body.isEmpty() && site.contains(path + "/index.html");
            } catch (RuntimeException | OutOfMemoryError e) {
                System.err.println("casebook: " + (e instanceof OutOfMemoryError
                        ? messages.format("preview.render-out-of-memory", path) : messages.format("preview.render-failed", path, e)));
                send(ex, 500, "text/plain; charset=utf-8", ("500 could not render " + path
                        + ", see the preview's terminal\n").getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            if (folder) {
                ex.getResponseHeaders().set("Location", raw + "/");
                send(ex, 301, "text/plain; charset=utf-8", new byte[0], head);
                return;
            }
            if (body.isEmpty()) {
                byte[] notFound = site.read("404.html").orElse("404 Not Found\n".getBytes(StandardCharsets.UTF_8));
                send(ex, 404, TYPES.get("html"), inject(notFound), head);
                return;
            }
            String type = type(path);
            send(ex, 200, type, type.startsWith("text/html") ? inject(body.get()) : body.get(), head);
        }
    }

    private byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.lastIndexOf("</body>");
        String tag = clientTag.get();
        String out = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static String type(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** One open page's event stream: held open, fed from a queue, with a comment line as heartbeat. */
    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        initialEvent.get().ifPresent(queue::offer);
        clients.add(queue);
        try (OutputStream out = ex.getResponseBody()) {
            out.write("retry: 500\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closing) {
                Event e = queue.poll(15, TimeUnit.SECONDS);
                if (e == null) {
                    out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                } else if (e.data() == null) {
                    break;
                } else {
                    out.write(("event: " + e.name() + "\ndata: " + e.data() + "\n\n").getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // the page was closed or the server is stopping
        } finally {
            clients.remove(queue);
        }
    }

    @Override
    public void close() {
        closing = true;
        broadcast(new Event("close", null));
        server.stop(0);
        executor.shutdownNow();
    }
}
