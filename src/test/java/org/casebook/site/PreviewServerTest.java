package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.casebook.Casebook;
import org.casebook.diag.Diagnostic;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server over real sockets: what it serves, what it refuses, and where it listens. */
class PreviewServerTest {

    @TempDir
    Path dir;
    TestKb kb;
    Preview preview;
    HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        kb = TestKb.create(dir.resolve("kb"));
        // every collection, so the preview serves each kind of booklet on request
        kb.file("casebook.yml", TestKb.CONFIG + "collections: [all, park, theme, method]\n");
        kb.addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        preview = start(kb);
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void listensOnLoopbackOnly() {
        assertEquals("127.0.0.1", preview.url().getHost());
        assertTrue(preview.url().getPort() > 0);
    }

    @Test
    void servesPagesWithTheReloadClientWhichABuildNeverContains() throws Exception {
        HttpResponse<String> page = get("cases/chain/index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("产业链党建"));
        assertTrue(page.body().contains("/__casebook/reload.js"), "serve injects its client");
        assertEquals(200, get("__casebook/reload.js").statusCode());

        assertTrue(Casebook.at(kb.dir()).build().ok());
        try (var files = Files.walk(kb.site())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains("__casebook"),
                        "a normal build never contains the reload client: " + f);
            }
        }
    }

    @Test
    void servesTheDerivedPagesRenderedOnRequest() throws Exception {
        HttpResponse<String> print = get("print/all/index.html");
        assertEquals(200, print.statusCode());
        assertTrue(print.body().contains("产业链党建") && print.body().contains("/__casebook/reload.js"));
        assertEquals(200, get("search/index.js").statusCode());
        // the Word documents: made when one is first asked for, served as Word documents
        HttpResponse<byte[]> word = http.send(HttpRequest.newBuilder(preview.url().resolve("cases/chain/chain.docx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, word.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                word.headers().firstValue("Content-Type").orElse(""));
        assertTrue(word.body().length > 1000 && word.body()[0] == 'P' && word.body()[1] == 'K', "a zip: a .docx");
        assertEquals(200, get("print/all/all.docx").statusCode());
        String redirect = rawGet("/print/all");
        assertTrue(redirect.startsWith("HTTP/1.1 301"), redirect);
    }

    @Test
    void answersHeadWithoutABody() throws Exception {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(preview.url().resolve("index.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void refusesEveryMethodButGetAndHead(String method) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(preview.url().resolve("index.html"))
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
        "/..%5csecret.txt", "/..\\secret.txt", "//etc/passwd", "/C:/Windows/win.ini", "/%252e%252e/secret.txt"})
    void refusesPathsThatLeaveTheSite(String raw) throws IOException {
        String response = rawGet(raw);
        assertTrue(response.startsWith("HTTP/1.1 400"), raw + " → " + response.lines().findFirst().orElse(""));
        assertFalse(response.contains("secret") || response.contains("root:"), raw);
    }

    @Test
    void answersUnknownPagesWithTheSites404() throws Exception {
        HttpResponse<String> r = get("no/such/page.html");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("页面不存在"));
    }

    @Test
    void redirectsAFolderWithoutSlash() throws IOException {
        String response = rawGet("/cases/chain");
        assertTrue(response.startsWith("HTTP/1.1 301"), response);
        assertTrue(response.contains("Location: /cases/chain/"), response);
    }

    @Test
    void aMistakeInATemplateARequestRendersIsToldToTheConsoleAndTheOpenPages() throws Exception {
        TestKb broken = TestKb.create(dir.resolve("broken"));
        broken.file("casebook.yml", TestKb.CONFIG + "collections: [all]\n");
        broken.addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        broken.file("templates/collection.ftlh", "<p>\n${nosuch.thing}</p>");
        List<Diagnostic> console = new CopyOnWriteArrayList<>();
        try (Preview p = start(broken)) {
            p.onDemandProblems(console::addAll);
            assertTrue(Preview.problemsJson(p.live()).isEmpty(), "the pages are fine");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(p.url().resolve("print/all/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode());
            assertTrue(r.body().contains("/__casebook/reload.js"), "the page that says so shows the overlay");
            assertFalse(console.isEmpty(), "told to the console");
            assertTrue(console.stream().allMatch(d -> d.isError() && d.pos().file().equals("templates/collection.ftlh")),
                    console.toString());
            String overlay = Preview.problemsJson(p.live()).orElseThrow();
            assertTrue(overlay.contains("templates/collection.ftlh:2:") && overlay.contains("nosuch"), overlay);
        }
    }

    @Test
    void beforeAnythingBuiltTheOverlayDoesNotClaimAnEarlierVersionIsShown() throws Exception {
        TestKb broken = TestKb.create(dir.resolve("first"));
        broken.addCase("chain.md", "title: 产业链党建\npark: 洋浦\ntheme: [组织建设\nmethod: 经验介绍", "正文。\n");
        try (Preview p = start(broken)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(p.url()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode());
            assertTrue(r.body().contains("data-title=\"案例有错误，还没有能显示的页面"), r.body());
        }
        HttpResponse<String> built = get("index.html");
        assertTrue(built.body().contains("data-title=\"案例有错误，页面显示的是上一次成功的版本\""), "once built: " + built.body());
    }

    /** A preview of {@code kb} on a free loopback port. */
    private static Preview start(TestKb kb) throws IOException {
        return Preview.start(kb.dir(), "127.0.0.1", 0, false, "test", org.casebook.testing.TestClock.CLOCK, u -> { });
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(preview.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request line sent as is: HTTP clients normalise or refuse such paths before sending them. */
    private String rawGet(String rawPath) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), preview.url().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
