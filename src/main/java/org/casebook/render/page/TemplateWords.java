package org.casebook.render.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.diag.Messages;

/**
 * FreeMarker's messages in the knowledge base's language. Its own words are English; the forms a
 * theme customiser meets most (a missing value, an unclosed directive or brace, a value of the wrong
 * kind, a syntax error or a wrong nesting, a misspelt built-in, a sandbox refusal) are said in the bundle's words with what FreeMarker named, and any other message is
 * passed on as FreeMarker wrote it.
 */
final class TemplateWords {

    private record Form(Pattern pattern, String key) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("^The following has evaluated to null or missing: (.+)$"), "template.says.missing"),
            new Form(Pattern.compile("^Unexpected end of file reached\\. You have an unclosed (#\\w+|@\\S+).*$"),
                    "template.says.unclosed"),
            new Form(Pattern.compile("^Unexpected end of file reached\\. You have an unclosed \"(.+?)\".*$"),
                    "template.says.unclosed-mark"),
            new Form(Pattern.compile("^Unexpected end of file reached\\.$"), "template.says.eof"),
            new Form(Pattern.compile("^.*?Expected a string or something automatically convertible to string.*?, but this has"
                    + " evaluated to an? ([\\w+]+)(?: \\([^)]*\\))?:? (.+)$"), "template.says.text"),
            new Form(Pattern.compile("^.*?Expected an? ([\\w ]+?), but this has evaluated to an? ([\\w+]+)"
                    + "(?: \\([^)]*\\))?:? (.+)$"), "template.says.kind"),
            new Form(Pattern.compile("^Encountered \"(.+?)\", but at this place only this can be closed: \"(.+?)\".*$"),
                    "template.says.nesting"),
            new Form(Pattern.compile("^Unknown built-in: \"(.+?)\".*$"), "template.says.builtin"),
            new Form(Pattern.compile("^Can't convert this string to number: (\".*?\").*$"), "template.says.number"),
            new Form(Pattern.compile("^The value you try to list is an? (?:extended_)?hash.*$"), "template.says.list-hash"),
            new Form(Pattern.compile("^Instantiating (\\S+) is not allowed.*$"), "template.says.new"),
            new Form(Pattern.compile("^Syntax error in template .*?: Encountered \"(.+?)\".*$"), "template.says.syntax"),
            new Form(Pattern.compile("^Encountered \"(.+?)\", but was expecting.*$"), "template.says.syntax"),
            new Form(Pattern.compile("^Unknown directive: (#\\w+).*$"), "template.says.directive"),
            new Form(Pattern.compile("^template not found$"), "template.says.not-found"));

    private TemplateWords() {
    }

    /** FreeMarker's one-line message in {@code m}'s words, where the bundle has them. */
    static String say(String freemarker, Messages m) {
        for (Form f : FORMS) {
            Matcher match = f.pattern().matcher(freemarker);
            if (match.matches() && m.has(f.key())) {
                Object[] args = new Object[match.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String g = match.group(i + 1) == null ? "" : match.group(i + 1).strip();
                    boolean kindName = f.key().equals("template.says.kind") ? i < 2 : f.key().equals("template.says.text") && i == 0;
                    args[i] = kindName ? kind(g, m) : g;
                }
                return m.format(f.key(), args);
            }
        }
        return freemarker;
    }

    /** hash, sequence, string …: FreeMarker's names of the kinds of values, in the bundle's words. */
    private static String kind(String name, Messages m) {
        String words = name.strip();
        // "sequence+hash" or "extended_hash+string": each part named
        StringBuilder out = new StringBuilder();
        for (String part : words.split("\\+")) {
            String key = "template.kind." + part.strip().replace(' ', '_');
            if (out.length() > 0) {
                out.append(m.has("template.kind.or") ? m.format("template.kind.or") : "/");
            }
            out.append(m.has(key) ? m.format(key) : part.strip());
        }
        return out.toString();
    }
}
