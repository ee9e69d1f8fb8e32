package org.casebook.diag;

/**
 * A place in a knowledge-base file. {@code file} is relative to the knowledge base and uses '/'
 * so that messages read the same on every OS; line and column are 1-based, 0 when unknown.
 */
public record SourcePos(String file, int line, int column) {

    public SourcePos {
        if (file == null) {
            throw new IllegalArgumentException("file");
        }
    }

    public static SourcePos of(String file) {
        return new SourcePos(file, 0, 0);
    }

    public static SourcePos of(String file, int line) {
        return new SourcePos(file, line, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
