package org.casebook.render.markdown;

import com.vladsch.flexmark.parser.core.delimiter.AsteriskDelimiterProcessor;

/**
 * CommonMark's flanking rules assume spaces between words. Chinese has none, so in
 * {@code 的**“三张清单”**工作} the opening {@code **} (Han before, quote mark after) is not
 * left-flanking and the asterisks stay on the page. This processor lets a run open or close when
 * the character on the outer side is CJK, which is what Chinese authors mean; text with no CJK
 * around the delimiters follows CommonMark unchanged.
 */
final class CjkEmphasisProcessor extends AsteriskDelimiterProcessor {

    CjkEmphasisProcessor() {
        super(false);
    }

    @Override
    public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
            boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhitespace) {
        if (leftFlanking) {
            return true;
        }
        return !afterIsWhitespace && (isCjk(before) || (beforeIsWhitespace || beforeIsPunctuation) && isCjk(after));
    }

    @Override
    public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
            boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhitespace) {
        if (rightFlanking) {
            return true;
        }
        return !beforeIsWhitespace && (isCjk(after) || (afterIsWhitespace || afterIsPunctuation) && isCjk(before));
    }

    static boolean isCjk(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (Character.isSurrogate(c)) {
            return true; // CJK extension B and later live outside the BMP
        }
        if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)) {
            return true; // CJK punctuation, full-width forms
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
