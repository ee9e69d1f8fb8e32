package org.casebook.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The code that made a cache entry, beyond its version number: a development build ("dev", or a
 * snapshot) keeps its version while its code changes, and an entry made by other code must not be
 * reused. The fingerprint is the name, size and modification time of each jar, or of each file
 * of each classes folder, the given classes were loaded from.
 */
public final class CodeFingerprint {

    private CodeFingerprint() {
    }

    /** The fingerprint of the code of {@code classes} (the classes whose code a cached result depends on). */
    public static String of(Class<?>... classes) {
        Set<Path> sources = new TreeSet<>();
        for (Class<?> c : classes) {
            try {
                var source = c.getProtectionDomain().getCodeSource();
                if (source != null && source.getLocation() != null) {
                    sources.add(Path.of(source.getLocation().toURI()));
                }
            } catch (Exception e) {
                sources.add(Path.of("unknown:" + c.getName()));
            }
        }
        List<String> parts = new ArrayList<>();
        for (Path p : sources) {
            parts.add(describe(p));
        }
        return String.join("\n", parts);
    }

    private static String describe(Path source) {
        try {
            if (Files.isRegularFile(source)) {
                return stamp(source, Files.readAttributes(source, BasicFileAttributes.class));
            }
            if (Files.isDirectory(source)) {
                StringBuilder sb = new StringBuilder(source.toString());
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        sb.append('\n').append(stamp(f, Files.readAttributes(f, BasicFileAttributes.class)));
                    }
                }
                return sb.toString();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // unreadable: a stamp no later run will match, so nothing cached is reused
            return source + " unreadable " + System.nanoTime();
        }
        return source.toString();
    }

    private static String stamp(Path f, BasicFileAttributes a) {
        return f + " " + a.size() + " " + a.lastModifiedTime().toMillis();
    }
}
