package org.casebook.importer;

/**
 * An image of a Word document: its bytes, file extension ({@code png}, {@code jpeg}…), the description
 * Word keeps for it, and the caption found below it ("图1 …"), which becomes its alt text.
 */
public record WordImage(byte[] data, String extension, String description, String caption) {

    WordImage withCaption(String c) {
        return new WordImage(data, extension, description, c);
    }

    /** The alt text: the caption, else Word's description (unless it is just a file name), else {@code fallback}. */
    public String alt(String fallback) {
        if (!caption.isBlank()) {
            return caption;
        }
        boolean fileName = description.matches("(?i).*\\.(png|jpe?g|gif|bmp|emf|wmf|tiff?|svg)$");
        return !description.isBlank() && !fileName ? description : fallback;
    }
}
