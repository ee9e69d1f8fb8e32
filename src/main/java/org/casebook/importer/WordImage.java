package org.casebook.importer;

/**
 * An image of a Word document: its bytes, file extension ({@code png}, {@code jpeg}…), the description
 * Word keeps for it, and the caption found below it ("图1 …"), which becomes its alt text.
 */
public record WordImage(byte[] data, String extension, String description, String caption) {

    WordImage withCaption(String c) {
        return new WordImage(data, extension, description, c);
    }

    /** The alt text: the caption, else Word's description, else {@code fallback}. */
    public String alt(String fallback) {
        return !caption.isBlank() ? caption : !description.isBlank() ? description : fallback;
    }
}
