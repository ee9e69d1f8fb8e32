package org.casebook.engine;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.casebook.io.PageSink;

/** A sink that keeps nothing: text written into it is still produced, so its template problems are found. */
final class NoSink implements PageSink {

    @Override
    public void write(String sitePath, String content) {
    }

    @Override
    public void write(String sitePath, byte[] content) {
    }

    @Override
    public <X extends Exception> void write(String sitePath, Text<X> text) throws IOException, X {
        text.writeTo(Writer.nullWriter());
    }

    @Override
    public void copy(Path source, String sitePath) {
    }
}
