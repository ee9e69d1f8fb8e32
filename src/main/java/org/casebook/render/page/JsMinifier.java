package org.casebook.render.page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Removes comments and whitespace from a script, and nothing else: every token is copied as it is
 * (no renaming, no rewriting), so the shipped file behaves as the readable source in {@code templates/}.
 * Strings, template literals (with nested {@code ${…}}) and regular expression literals are copied
 * untouched. A line break is kept where dropping it could change automatic semicolon insertion.
 * Where a slash could start either a regular expression or a division and the text does not say
 * which (after a {@code }}), or the text does not scan (an unterminated string or comment), the script
 * is left as it is: {@link #minify} returns empty.
 */
final class JsMinifier {

    enum Kind { NONE, WORD, NUMBER, STRING, TEMPLATE_END, TEMPLATE_OPEN, REGEX, PUNCT }

    /** A token as the minifier reads it; {@code property}: a word after a dot ({@code s.async}), no keyword there. */
    record Token(Kind kind, String text, boolean property) {
    }

    /** After these words a slash starts a regular expression, not a division. */
    private static final Set<String> REGEX_AFTER_WORD = Set.of("return", "typeof", "instanceof", "in", "of", "new",
            "delete", "void", "throw", "case", "do", "else", "yield", "await");
    /** A parenthesis after these words closes a condition: a slash after it starts a regular expression. */
    private static final Set<String> CONTROL_WORDS = Set.of("if", "while", "for", "with");
    /** Punctuators that cannot end a statement: a line break after them never ends one. */
    private static final Set<String> ENDS_NOTHING_EXCEPT = Set.of(")", "]", "}", "++", "--");
    /** Punctuators that continue the statement before them: a line break before them ends nothing. */
    private static final Set<String> CONTINUES = Set.of(")", "]", "}", ",", ";", ".", "?", ":", "=", "==", "===", "!=",
            "!==", "&&", "||", "??", "&", "|", "^", "*", "%", "<", ">", "<=", ">=", "<<", ">>", ">>>", "+=", "-=", "*=",
            "/=", "%=", "&=", "|=", "^=", "**", "=>", "?.");
    private static final String[] PUNCTUATORS = {">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=",
        "??=", "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
        "^=", "**", "<<", ">>"};

    private final String src;
    private final StringBuilder out;
    private int i;
    private Kind last = Kind.NONE;
    private String lastText = "";
    /** Whether the last token is a word read as a property name ({@code a.return}): a keyword there is no keyword. */
    private boolean lastIsProperty;
    private boolean space;
    private boolean newline;
    /** Per open parenthesis: whether it follows if/while/for/with. */
    private final Deque<Boolean> parens = new ArrayDeque<>();
    private boolean lastParenControl;
    /** Every token read, when asked for ({@link #tokens}); null otherwise. */
    private List<Token> tokens;
    /** Per open brace: whether it is a template literal's {@code ${}. */
    private final Deque<Boolean> braces = new ArrayDeque<>();

    private JsMinifier(String src) {
        this.src = src;
        this.out = new StringBuilder(src.length() / 2);
    }

    /** The tokens of a script, comments and whitespace left out, or empty when it cannot be read safely. */
    static Optional<List<Token>> tokens(String src) {
        JsMinifier m = new JsMinifier(src);
        m.tokens = new ArrayList<>();
        return m.run() ? Optional.of(List.copyOf(m.tokens)) : Optional.empty();
    }

    /** The script without comments and needless whitespace, or empty when it cannot be done safely. */
    static Optional<String> minify(String src) {
        JsMinifier m = new JsMinifier(src);
        return m.run() ? Optional.of(m.out.append('\n').toString()) : Optional.empty();
    }

    private boolean run() {
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (isLineBreak(c)) {
                newline = true;
                i++;
            } else if (isSpace(c)) {
                space = true;
                i++;
            } else if (c == '/' && at(i + 1) == '/') {
                while (i < n && !isLineBreak(src.charAt(i))) {
                    i++;
                }
            } else if (c == '/' && at(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                for (int k = i; k < end; k++) {
                    newline |= isLineBreak(src.charAt(k));
                }
                space = true;
                i = end + 2;
            } else if (c == '\'' || c == '"') {
                if (!quoted(c)) {
                    return false;
                }
            } else if (c == '`') {
                if (!template(i)) {
                    return false;
                }
            } else if (c == '}' && !braces.isEmpty() && braces.peek()) {
                braces.pop();
                if (!template(i)) {
                    return false;
                }
            } else if (c == '/') {
                if (last == Kind.PUNCT && lastText.equals("}")) {
                    return false; // a block or an object literal before it: regex or division cannot be told apart
                }
                if (!(regexAllowed() ? regex() : punctuator())) {
                    return false;
                }
            } else if (isDigit(c) || (c == '.' && isDigit(at(i + 1)))) {
                number();
            } else if (isWordStart(c)) {
                int start = i;
                while (i < n && isWordPart(src.charAt(i))) {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                emit(Kind.WORD, src.substring(start, Math.min(i, n)));
            } else if (!punctuator()) {
                return false;
            }
        }
        return braces.isEmpty() && parens.isEmpty();
    }

    private boolean regexAllowed() {
        return switch (last) {
            case NONE, TEMPLATE_OPEN -> true;
            case WORD -> !lastIsProperty && REGEX_AFTER_WORD.contains(lastText);
            case PUNCT -> lastText.equals(")") ? lastParenControl : !lastText.equals("]") && !lastText.equals("++")
                    && !lastText.equals("--");
            default -> false;
        };
    }

    private boolean quoted(char q) {
        int start = i;
        i++;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == q) {
                i++;
                emit(Kind.STRING, src.substring(start, i));
                return true;
            }
            if (c == '\n' || c == '\r') {
                return false;
            }
            i++;
        }
        return false;
    }

    /** A template literal's text from {@code from} (a backtick, or the brace closing a substitution) to its end or next {@code ${}. */
    private boolean template(int from) {
        i = from + 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                i++;
                emit(Kind.TEMPLATE_END, src.substring(from, i));
                return true;
            } else if (c == '$' && at(i + 1) == '{') {
                i += 2;
                emit(Kind.TEMPLATE_OPEN, src.substring(from, i));
                braces.push(true);
                return true;
            } else {
                i++;
            }
        }
        return false;
    }

    private boolean regex() {
        int start = i;
        boolean inClass = false;
        i++;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (isLineBreak(c)) {
                return false;
            }
            if (c == '\\') {
                i += 2;
                continue;
            }
            i++;
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                while (i < src.length() && isWordPart(src.charAt(i))) {
                    i++;
                }
                emit(Kind.REGEX, src.substring(start, i));
                return true;
            }
        }
        return false;
    }

    private void number() {
        int start = i;
        boolean radix = src.charAt(i) == '0' && "xXbBoO".indexOf(at(i + 1)) >= 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (isDigit(c) || isAsciiLetter(c) || c == '_' || c == '.') {
                i++;
            } else if ((c == '+' || c == '-') && !radix && (src.charAt(i - 1) == 'e' || src.charAt(i - 1) == 'E')) {
                i++;
            } else {
                break;
            }
        }
        emit(Kind.NUMBER, src.substring(start, i));
    }

    private boolean punctuator() {
        String p = null;
        for (String candidate : PUNCTUATORS) {
            if (src.startsWith(candidate, i)) {
                p = candidate;
                break;
            }
        }
        if (p == null) {
            char c = src.charAt(i);
            if ("{}()[];,<>+-*/%&|^!~?:=.@#".indexOf(c) < 0) {
                return false;
            }
            p = String.valueOf(c);
        }
        boolean afterControl = last == Kind.WORD && !lastIsProperty && CONTROL_WORDS.contains(lastText);
        switch (p) {
            case "(" -> parens.push(afterControl);
            case ")" -> {
                if (parens.isEmpty()) {
                    return false;
                }
                lastParenControl = parens.pop();
            }
            case "{" -> braces.push(false);
            case "}" -> {
                if (braces.isEmpty()) {
                    return false;
                }
                braces.pop();
            }
            default -> {
            }
        }
        i += p.length();
        emit(Kind.PUNCT, p);
        return true;
    }

    private void emit(Kind kind, String text) {
        if (space || newline) {
            boolean keepsBreak = newline && !endsNothing() && !(kind == Kind.PUNCT && CONTINUES.contains(text));
            if (keepsBreak) {
                out.append('\n');
            } else if (needsSpace(kind, text)) {
                out.append(newline ? '\n' : ' ');
            }
        }
        out.append(text);
        lastIsProperty = kind == Kind.WORD && last == Kind.PUNCT && (lastText.equals(".") || lastText.equals("?."));
        if (tokens != null) {
            tokens.add(new Token(kind, text, lastIsProperty));
        }
        last = kind;
        lastText = text;
        space = false;
        newline = false;
    }

    /** Whether the token before a line break can end no statement (so the break never ends one). */
    private boolean endsNothing() {
        return last == Kind.NONE || last == Kind.TEMPLATE_OPEN || (last == Kind.PUNCT && !ENDS_NOTHING_EXCEPT.contains(lastText));
    }

    /** Whether two tokens would read differently without a space between them. */
    private boolean needsSpace(Kind kind, String next) {
        if (out.isEmpty()) {
            return false;
        }
        char a = out.charAt(out.length() - 1);
        char b = next.charAt(0);
        if ((isWordPart(a) || last == Kind.REGEX) && isWordPart(b)) {
            return true;
        }
        if (last == Kind.NUMBER && b == '.') {
            return true;
        }
        return (a == '+' && b == '+') || (a == '-' && b == '-') || (a == '/' && (b == '/' || b == '*'))
                || (a == '<' && b == '!') || (a == '-' && b == '>');
    }

    private char at(int k) {
        return k < src.length() ? src.charAt(k) : '\0';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\uFEFF'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWordStart(char c) {
        return isAsciiLetter(c) || c == '$' || c == '_' || c == '\\' || (c >= 0x80 && !isSpace(c) && !isLineBreak(c));
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c);
    }
}
