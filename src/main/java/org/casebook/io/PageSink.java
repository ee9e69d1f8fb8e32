package org.casebook.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Where rendered output goes: the build's staging folder, or anything a caller embeds. */
public interface PageSink {

    /** Writes a text file (UTF-8) at a site-relative path. Thread-safe. */
    void write(String sitePath, String content) throws IOException;

    /** Writes bytes at a site-relative path. Thread-safe. */
    void write(String sitePath, byte[] content) throws IOException;

    /**
     * Writes a text file (UTF-8) produced into a writer, for pages too large to hold as one string (a
     * printable collection of thousands of cases). Nothing is written when {@code text} fails. This
     * default holds the text; a sink on disk streams it. {@code X} is the text's own failure (a template
     * problem), passed on unchanged.
     */
    default <X extends Exception> void write(String sitePath, Text<X> text) throws IOException, X {
        StringWriter w = new StringWriter();
        text.writeTo(w);
        write(sitePath, w.toString());
    }

    /**
     * {@link #write(String, Text)} for a file made from {@code inputs} (see {@link #keep}). This default
     * ignores the inputs.
     */
    default <X extends Exception> void write(String sitePath, Text<X> text, Supplier<long[]> inputs) throws IOException, X {
        write(sitePath, text);
    }

    /**
     * {@link #make(String, Supplier, Made)} for text written into a writer: kept as the last build
     * left it, or written.
     */
    default <X extends Exception> void make(String sitePath, Supplier<long[]> inputs, Text<X> text) throws IOException, X {
        Supplier<long[]> once = once(inputs);
        if (!keep(sitePath, once)) {
            write(sitePath, text, once);
        }
    }

    /** Text written straight into a writer; it may fail with {@code X} besides a failure of the writer. */
    @FunctionalInterface
    interface Text<X extends Exception> {
        void writeTo(Writer out) throws IOException, X;
    }

    /**
     * Whether the file at {@code sitePath} stays as the last build left it, because that build made it
     * from the same inputs: {@code inputs} gives a digest (two longs) of everything the file is made
     * from, asked for only by a sink that remembers files between builds. When it does, the caller
     * need not make the file at all; when not, it makes it and writes it with
     * {@link #write(String, byte[], Supplier)}. This default keeps nothing and asks for nothing.
     */
    default boolean keep(String sitePath, Supplier<long[]> inputs) {
        return false;
    }

    /** Writes bytes made from {@code inputs} (see {@link #keep}). This default ignores the inputs. */
    default void write(String sitePath, byte[] content, Supplier<long[]> inputs) throws IOException {
        write(sitePath, content);
    }

    /**
     * Puts a file made from {@code inputs} into the site: {@linkplain #keep kept} as the last build
     * left it, or made by {@code content} and written. The inputs are worked out at most once, and
     * only by a sink that remembers files between builds; the content only when the file is not kept.
     * Returns whether the file is in the site (false when {@code content} gave nothing).
     */
    default boolean make(String sitePath, Supplier<long[]> inputs, Made content) throws IOException {
        Supplier<long[]> once = once(inputs);
        if (keep(sitePath, once)) {
            return true;
        }
        byte[] bytes = content.bytes();
        if (bytes == null) {
            return false;
        }
        write(sitePath, bytes, once);
        return true;
    }

    /** {@code inputs} worked out at most once, though both keeping and writing a file may ask for them. */
    private static Supplier<long[]> once(Supplier<long[]> inputs) {
        long[][] asked = new long[1][];
        return () -> asked[0] != null ? asked[0] : (asked[0] = inputs.get());
    }

    /** A file's bytes, made when asked; null when they could not be made (the problem already reported). */
    @FunctionalInterface
    interface Made {
        byte[] bytes() throws IOException;
    }

    /** Copies a file into the site. Thread-safe; copying the same path twice is harmless. */
    void copy(Path source, String sitePath) throws IOException;
}
