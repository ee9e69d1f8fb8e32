package org.casebook.cases;

/**
 * An internal-only passage of a case body: the file lines of its opening {@code ::: internal} and
 * closing {@code :::} fences (both inclusive).
 */
public record InternalBlock(int openLine, int closeLine) {

    public InternalBlock {
        if (closeLine <= openLine) {
            throw new IllegalArgumentException("closeLine " + closeLine + " <= openLine " + openLine);
        }
    }

    public boolean overlaps(int firstLine, int lastLine) {
        return firstLine <= closeLine && lastLine >= openLine;
    }
}
