package org.casebook.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The styles part, as the applications that read only one of each pair of attributes see it. */
class WordStylesTest {

    private static final Pattern STYLE = Pattern.compile("<w:style [^>]*w:styleId=\"([^\"]+)\".*?</w:style>");
    private static final Pattern INDENT = Pattern.compile("<w:ind\\b([^>]*)/>");
    private static final Pattern SIZE = Pattern.compile("<w:sz w:val=\"(\\d+)\"/>");

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"(\\d+)\"").matcher(attrs);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void theBodyIsIndentedTwoCharactersInTwipsAsWellAsInCharacters() {
        String xml = WordStyles.xml(0);
        Matcher normal = STYLE.matcher(xml);
        assertTrue(normal.find() && normal.group(1).equals(WordStyles.NORMAL), xml);
        Matcher ind = INDENT.matcher(normal.group());
        assertTrue(ind.find(), normal.group());
        // 三号 is 16 pt: two characters are 32 pt, 640 twips (LibreOffice reads only this one)
        assertEquals("640", attr(ind.group(1), "w:firstLine"), ind.group());
        assertEquals("200", attr(ind.group(1), "w:firstLineChars"), ind.group());
    }

    @Test
    void everyStyleIndentedByCharactersIsIndentedByAsManyTwipsOfItsOwnSize() {
        Matcher style = STYLE.matcher(WordStyles.xml(-1L));
        List<String> indented = new ArrayList<>();
        while (style.find()) {
            Matcher ind = INDENT.matcher(style.group());
            if (!ind.find() || attr(ind.group(1), "w:firstLineChars") == null) {
                continue;
            }
            Matcher sz = SIZE.matcher(style.group());
            assertTrue(sz.find(), style.group());
            int chars = Integer.parseInt(attr(ind.group(1), "w:firstLineChars"));
            int halfPoints = Integer.parseInt(sz.group(1));
            // hundredths of a character of halfPoints / 2 pt, 20 twips a point
            assertEquals(String.valueOf(chars * halfPoints / 10), attr(ind.group(1), "w:firstLine"), style.group(1));
            indented.add(style.group(1));
        }
        assertTrue(indented.contains(WordStyles.NORMAL) && indented.contains(WordStyles.QUOTE), indented.toString());
    }

    /** LibreOffice indented table cells and set them on 28 pt lines: they took Normal's, being based on it. */
    @Test
    void aStyleBasedOnNormalSaysItsOwnIndentAndLineSpacing() {
        Matcher style = STYLE.matcher(WordStyles.xml(-1L));
        List<String> said = new ArrayList<>();
        while (style.find()) {
            if (style.group(1).equals(WordStyles.NORMAL) || !style.group().contains("w:type=\"paragraph\"")) {
                continue;
            }
            assertTrue(INDENT.matcher(style.group()).find(), style.group());
            assertTrue(style.group().contains("<w:spacing"), style.group());
            said.add(style.group(1));
        }
        Matcher table = Pattern.compile("w:styleId=\"" + WordStyles.TABLE_TEXT + "\".*?</w:style>").matcher(WordStyles.xml(-1L));
        assertTrue(table.find());
        assertTrue(table.group().contains("<w:ind w:firstLine=\"0\"") && table.group().contains("w:lineRule=\"auto\""),
                table.group());
        assertTrue(said.contains(WordStyles.META), said.toString());
    }
}
