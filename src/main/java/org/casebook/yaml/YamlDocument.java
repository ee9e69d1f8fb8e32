package org.casebook.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads one YAML mapping (a config file or a front matter block) into {@link YamlValue}s. */
public final class YamlDocument {

    /** Largest YAML text accepted; checked before SnakeYAML sees it (it is slow to refuse big input). */
    public static final int MAX_CHARS = 256 * 1024;
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 20;
    /** Whitespace, then {@code #} directly followed by text: a comment that probably was meant as content. */
    private static final java.util.regex.Pattern TRUNCATING_COMMENT = java.util.regex.Pattern.compile("^[ \\t]+(#[^\\s#].*)$");

    private YamlDocument() {
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of {@code file}.
     * Problems go to {@code diags}; the result is empty when the text is not a usable mapping.
     */
    public static Optional<YamlValue.Mapping> parseMapping(String text, String file, int firstLine, Diagnostics diags) {
        return parse(text, file, firstLine, diags, false).map(Lenient::mapping);
    }

    /**
     * A front matter read as far as its syntax allows. A contributor fixes one YAML mistake at a time, and
     * each run should tell every other problem of the file too (its terms, dates, links, images), so an
     * entry whose lines hold a syntax error is reported and then left out, and the rest is read.
     *
     * @param mapping     the entries that could be read
     * @param skippedKeys the keys of the entries left out: a field among them is not missing, only unreadable
     */
    public record Lenient(YamlValue.Mapping mapping, Set<String> skippedKeys) {

        public Lenient {
            skippedKeys = Set.copyOf(skippedKeys);
        }
    }

    /**
     * Like {@link #parseMapping}, but a syntax error costs only the top-level entry that holds it: the
     * error is reported, the entry left out and the rest read, up to {@value #MAX_SKIPPED} entries.
     * Empty only when nothing usable is left (the text is too large, not a mapping, or past the limits).
     */
    public static Optional<Lenient> parseMappingLeniently(String text, String file, int firstLine, Diagnostics diags) {
        return parse(text, file, firstLine, diags, true);
    }

    /** Syntax errors a lenient read gets past before it gives up on the text. */
    static final int MAX_SKIPPED = 8;

    private static Optional<Lenient> parse(String text, String file, int firstLine, Diagnostics diags, boolean lenient) {
        if (text.length() > MAX_CHARS) {
            diags.error(new SourcePos(file, firstLine, 1), "yaml.too-large", MAX_CHARS / 1024);
            return Optional.empty();
        }
        if (text.isBlank()) {
            return Optional.of(new Lenient(new YamlValue.Mapping(Map.of(), new SourcePos(file, firstLine, 1)), Set.of()));
        }
        Optional<YamlLimits.Breach> breach = YamlLimits.check(text, MAX_ALIASES, MAX_DEPTH);
        if (breach.isPresent()) {
            YamlLimits.Breach b = breach.get();
            diags.error(new SourcePos(file, firstLine + b.line(), b.column() + 1), b.key(), b.limit());
            return Optional.empty();
        }
        YamlSlips.Repaired repaired = YamlSlips.repair(lineSeparatorsNamed(text, file, firstLine, diags), file, firstLine,
                diags);
        Node root;
        SkippedEntries skipped = new SkippedEntries(repaired.text());
        List<Diagnostic> told = new ArrayList<>();
        while (true) {
            YamlSlips.Repaired current = skipped.count() == 0 ? repaired
                    : new YamlSlips.Repaired(skipped.text(), repaired.insertedSpaceAt());
            try {
                root = compose(current.text());
                break;
            } catch (MarkedYAMLException e) {
                // an entry left out can make its neighbour's error look new; each problem is told once
                Diagnostics attempt = new Diagnostics(diags.messages());
                YamlErrors.report(e, current, file, firstLine, attempt);
                for (Diagnostic d : attempt.sorted()) {
                    if (!told.contains(d)) {
                        told.add(d);
                        diags.add(d);
                    }
                }
                int alone = YamlErrors.lineAlone(e, current.text());
                if (!lenient || skipped.count() >= MAX_SKIPPED
                        || !(alone >= 0 ? skipped.skipLine(alone) : skipped.skipAround(lineOf(e)))) {
                    return Optional.empty();
                }
            } catch (YAMLException e) {
                // a character the reader refuses, or a limit without a mark (alias bombs, depth)
                YamlErrors.report(e, current, file, firstLine, diags);
                return Optional.empty();
            }
        }
        if (root == null) {
            return Optional.of(new Lenient(new YamlValue.Mapping(Map.of(), new SourcePos(file, firstLine, 1)),
                    skipped.keys()));
        }
        Converter converter = new Converter(file, firstLine, repaired, diags);
        YamlValue value = converter.convert(root, 0);
        if (value instanceof YamlValue.Mapping m) {
            // a duplicate key is reported and its second entry dropped: the rest reads as written
            return converter.failed && !lenient ? Optional.empty() : Optional.of(new Lenient(m, skipped.keys()));
        }
        diags.error(value.pos(), "yaml.not-mapping", diags.messages().format("yaml.kind." + value.kind()));
        return Optional.empty();
    }

    /** The line (0-based) where the construct at fault began, which is where its entry is. */
    private static int lineOf(MarkedYAMLException e) {
        Mark mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
        return mark == null ? 0 : mark.getLine();
    }

    /**
     * U+2028, U+2029 and U+0085 end a line to YAML but not to an editor, so every later line number
     * would be one too high, and the character is invisible. Each is named where it is and read as a
     * space (a value keeps its words; no line moves).
     */
    static String lineSeparatorsNamed(String text, String file, int firstLine, Diagnostics diags) {
        if (text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0 && text.indexOf('\u0085') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                diags.warning(new SourcePos(file, firstLine + line, i - lineStart + 1), "yaml.line-separator",
                        String.format("U+%04X", (int) c));
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** SnakeYAML's default tag resolution; only read while composing, so one serves every thread. */
    private static final Resolver RESOLVER = new Resolver();
    private static final LoaderOptions OPTIONS = loaderOptions();

    /**
     * The node tree of {@code text}, as {@code Yaml.compose} builds it. Built without a {@code Yaml}
     * object: its constructor and representer, which composing never uses, cost more to set up than
     * composing a case's front matter.
     */
    private static Node compose(String text) {
        return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), OPTIONS), RESOLVER, OPTIONS)
                .getSingleNode();
    }

    /** SnakeYAML's own limits stay on as a second line of defence behind {@link YamlLimits}. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS * 2);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    private static final class Converter {
        private final String file;
        private final int firstLine;
        private final YamlSlips.Repaired text;
        private final String[] lines;
        private final Diagnostics diags;
        private boolean failed;
        private int aliasBudget = 200_000;

        Converter(String file, int firstLine, YamlSlips.Repaired text, Diagnostics diags) {
            this.file = file;
            this.firstLine = firstLine;
            this.text = text;
            this.lines = text.text().split("\n", -1);
            this.diags = diags;
        }

        SourcePos pos(Mark mark) {
            return text.pos(file, firstLine, mark.getLine(), mark.getColumn());
        }

        /**
         * {@code title: 第一 #二} is the title "第一" and a comment to YAML, which is rarely what was
         * meant: a plain value directly followed by {@code #} and text on the same line is flagged.
         */
        private void checkTruncatingComment(ScalarNode s) {
            Mark end = s.getEndMark();
            if (!s.isPlain() || s.getValue().isEmpty() || end.getLine() != s.getStartMark().getLine()
                    || end.getLine() >= lines.length) {
                return;
            }
            String rest = lines[end.getLine()].substring(Math.min(end.getColumn(), lines[end.getLine()].length()));
            java.util.regex.Matcher m = TRUNCATING_COMMENT.matcher(rest);
            if (m.find()) {
                int hash = end.getColumn() + m.start(1);
                diags.warning(text.pos(file, firstLine, end.getLine(), hash), "yaml.comment-truncates", s.getValue(),
                        m.group(1).strip());
            }
        }

        YamlValue convert(Node node, int depth) {
            SourcePos pos = pos(node.getStartMark());
            if (depth > MAX_DEPTH) {
                fail(pos, "yaml.too-deep", MAX_DEPTH);
                return new YamlValue.Scalar("", pos, true);
            }
            if (--aliasBudget < 0) {
                fail(pos, "yaml.too-many-nodes");
                return new YamlValue.Scalar("", pos, true);
            }
            if (node instanceof ScalarNode s) {
                checkTruncatingComment(s);
                return new YamlValue.Scalar(s.getValue(), pos, s.isPlain());
            }
            if (node instanceof SequenceNode seq) {
                List<YamlValue> items = new ArrayList<>();
                for (Node child : seq.getValue()) {
                    items.add(convert(child, depth + 1));
                }
                return new YamlValue.Sequence(List.copyOf(items), pos);
            }
            MappingNode map = (MappingNode) node;
            Map<String, YamlValue.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Node keyNode = tuple.getKeyNode();
                SourcePos keyPos = pos(keyNode.getStartMark());
                if (!(keyNode instanceof ScalarNode key)) {
                    fail(keyPos, "yaml.complex-key");
                    continue;
                }
                YamlValue.Entry previous = entries.get(key.getValue());
                if (previous != null) {
                    fail(keyPos, "yaml.duplicate-key", key.getValue(), previous.keyPos().line(), previous.keyPos().column());
                    continue;
                }
                entries.put(key.getValue(), new YamlValue.Entry(key.getValue(), keyPos, convert(tuple.getValueNode(), depth + 1)));
            }
            return new YamlValue.Mapping(java.util.Collections.unmodifiableMap(entries), pos);
        }

        private void fail(SourcePos pos, String key, Object... args) {
            failed = true;
            diags.error(pos, key, args);
        }
    }
}
