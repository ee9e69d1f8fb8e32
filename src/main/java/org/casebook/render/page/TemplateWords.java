package org.casebook.render.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.diag.Messages;

/**
 * FreeMarker's messages in the knowledge base's language. Its own words are English; the forms a
 * theme customiser meets most (a missing value, an unclosed directive, a value of the wrong kind, a
 * syntax error) are said in the bundle's words with what FreeMarker named, and any other message is
 * passed on as FreeMarker wrote it.
 */
final class TemplateWords {

    private record Form(Pattern pattern, String key) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("^The following has evaluated to null or missing: (.+)$"), "template.says.missing"),
            new Form(Pattern.compile("^Unexpected end of file reached\\. You have an unclosed (#\\w+|@\\S+).*$"),
                    "template.says.unclosed"),
            new Form(Pattern.compile("^.*?Expected an? ([\\w ]+?), but this has evaluated to an? ([\\w+]+)"
                    + "(?: \\(wrapper: [^)]*\\))?:? (.+)$"), "template.says.kind"),
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
                    args[i] = f.key().equals("template.says.kind") && i < 2 ? kind(g, m) : g;
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
