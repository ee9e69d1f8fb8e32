package org.casebook.render.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The theme a knowledge base is built with: its own {@code templates/} folder first, file by file,
 * then the default theme packaged in the jar. Assets live under {@code assets/}, UI strings in
 * {@code i18n/ui_<language>.properties}.
 */
public final class Theme {

    static final String CLASSPATH_ROOT = "/org/casebook/theme/";
    /** The default theme's assets; a jar cannot list a folder, so the list is fixed here. */
    static final List<String> DEFAULT_ASSETS = List.of("assets/casebook-embed.js", "assets/casebook-widget.js",
            "assets/casebook.js", "assets/favicon.svg", "assets/search.js", "assets/style.css");

    private final Optional<Path> overrideDir;

    public Theme(Path kbDir) {
        Path dir = kbDir.resolve("templates");
        this.overrideDir = Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) ? Optional.of(dir) : Optional.empty();
    }

    public Optional<Path> overrideDir() {
        return overrideDir;
    }

    /** Opens a theme file, the knowledge base's own copy winning. */
    public Optional<InputStream> open(String name) throws IOException {
        if (overrideDir.isPresent()) {
            Path p = overrideDir.get().resolve(name).normalize();
            if (isOwnFile(p)) {
                return Optional.of(Files.newInputStream(p));
            }
        }
        return Optional.ofNullable(Theme.class.getResourceAsStream(CLASSPATH_ROOT + name));
    }

    /** Every asset file to copy: the default ones plus any the knowledge base adds under templates/assets. */
    public List<String> assets() {
        List<String> names = new ArrayList<>(DEFAULT_ASSETS);
        overrideDir.map(d -> d.resolve("assets")).filter(Files::isDirectory).ifPresent(dir -> {
            try (var files = Files.walk(dir)) {
                files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .map(p -> "assets/" + dir.relativize(p).toString().replace('\\', '/'))
                        .filter(n -> !names.contains(n))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        names.sort(null);
        return names;
    }

    /**
     * A regular file that really lives under the knowledge base's {@code templates/}: a link in any
     * folder on the way (say {@code templates/assets -> /etc}) would publish a file from elsewhere.
     */
    private boolean isOwnFile(Path p) throws IOException {
        Path dir = overrideDir.orElseThrow();
        return p.startsWith(dir) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                && p.toRealPath().startsWith(dir.toRealPath());
    }

    /** UI strings for a language: the default theme's, overridden key by key by the knowledge base's. */
    public Properties uiStrings(String language) {
        Properties merged = new Properties();
        String name = "i18n/ui_" + language + ".properties";
        try (InputStream in = Theme.class.getResourceAsStream(CLASSPATH_ROOT + name)) {
            if (in != null) {
                merged.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            if (overrideDir.isPresent()) {
                Path own = overrideDir.get().resolve(name);
                if (isOwnFile(own)) {
                    try (var r = Files.newBufferedReader(own, StandardCharsets.UTF_8)) {
                        merged.load(r);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return merged;
    }
}
