package org.casebook.yaml;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Walks the YAML event stream once, before any node is built, to find the first alias or nesting
 * level over the limits. SnakeYAML enforces the same limits itself but its messages carry no
 * position; this pass names the line of the offending alias or bracket.
 */
final class YamlLimits {

    /** Which limit was crossed, and where (0-based line and column of the YAML text). */
    record Breach(String key, int limit, int line, int column) {
    }

    private YamlLimits() {
    }

    /**
     * The first limit crossed, or empty. Syntax errors are left to the composer, which reports them
     * with their own position.
     */
    static Optional<Breach> check(String text, int maxAliases, int maxDepth) {
        if (withinLimitsByCounting(text, maxDepth)) {
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(Integer.MAX_VALUE); // this pass reports depth itself, with a position
        options.setCodePointLimit(Math.max(text.length() + 1, 3 * 1024 * 1024));
        ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
        Set<String> collectionAnchors = new HashSet<>();
        int aliases = 0;
        int depth = 0;
        try {
            while (parser.peekEvent() != null) {
                Event e = parser.getEvent();
                if (e instanceof CollectionStartEvent start) {
                    depth++;
                    if (depth > maxDepth) {
                        return Optional.of(breach("yaml.too-deep", maxDepth, e.getStartMark()));
                    }
                    if (start.getAnchor() != null) {
                        collectionAnchors.add(start.getAnchor());
                    }
                } else if (e instanceof CollectionEndEvent) {
                    depth--;
                } else if (e instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())) {
                    aliases++;
                    if (aliases > maxAliases) {
                        return Optional.of(breach("yaml.too-many-aliases", maxAliases, e.getStartMark()));
                    }
                }
                if (e.is(Event.ID.StreamEnd)) {
                    break;
                }
            }
        } catch (RuntimeException syntaxOrLimit) {
            // a syntax error: the composer meets it again and reports it with its mark
        }
        return Optional.empty();
    }

    /**
     * True when no limit can be crossed, judged without parsing: an alias needs a '*', and every
     * collection is opened by a character of its own (a block mapping by its first key's ':' or '?',
     * a block sequence by its first '-', a flow collection by '[' or '{'), so fewer such characters
     * than the depth limit cannot nest too deep. Nearly every front matter passes, which saves an
     * event pass per case file.
     */
    static boolean withinLimitsByCounting(String text, int maxDepth) {
        int openings = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*') {
                return false;
            }
            if (c == ':' || c == '?' || c == '-' || c == '[' || c == '{') {
                openings++;
            }
        }
        return openings <= maxDepth;
    }

    private static Breach breach(String key, int limit, Mark mark) {
        return new Breach(key, limit, mark == null ? 0 : mark.getLine(), mark == null ? 0 : mark.getColumn());
    }
}
