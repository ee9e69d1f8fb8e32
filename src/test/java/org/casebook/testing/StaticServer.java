package org.casebook.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A plain static file server on 127.0.0.1 for tests that load a built site over HTTP, optionally
 * under a sub-path (as intranet servers host it, e.g. {@code /kb/}).
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "xml", "application/xml", "csv", "text/csv; charset=utf-8");

    private final HttpServer server;
    private final String prefix;
    /** Whether a missing address gets the site's 404.html as its body, as a configured web server does. */
    private volatile boolean notFoundPage;

    public StaticServer(Path root, String prefix) throws IOException {
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(this.prefix, exchange -> {
            String rel = exchange.getRequestURI().getPath().substring(this.prefix.length());
            Path file = root.resolve(rel.isEmpty() ? "index.html" : rel).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                Path page = root.resolve("404.html");
                if (notFoundPage && Files.isRegularFile(page)) {
                    byte[] body = Files.readAllBytes(page);
                    exchange.getResponseHeaders().set("Content-Type", TYPES.get("html"));
                    exchange.sendResponseHeaders(404, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                    return;
                }
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Answers missing addresses with the site's 404.html (like nginx's error_page 404); returns this server. */
    public StaticServer servingNotFoundPage() {
        notFoundPage = true;
        return this;
    }

    /** The URL of a site path, e.g. {@code url("search.html")}. */
    public String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + sitePath;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
