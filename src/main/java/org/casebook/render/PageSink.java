package org.casebook.render;

import java.io.IOException;
import java.nio.file.Path;

/** Where rendered output goes: the build's staging folder, or anything a caller embeds. */
public interface PageSink {

    /** Writes a text file (UTF-8) at a site-relative path. Thread-safe. */
    void write(String sitePath, String content) throws IOException;

    /** Writes bytes at a site-relative path. Thread-safe. */
    void write(String sitePath, byte[] content) throws IOException;

    /** Copies a file into the site. Thread-safe; copying the same path twice is harmless. */
    void copy(Path source, String sitePath) throws IOException;
}
