package org.casebook.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.diag.Severity;
import org.casebook.taxonomy.Suggestions;
import org.casebook.yaml.YamlValue;

/** Typed access to YAML mapping fields, reporting a wrong shape at the value's own position. */
public final class Fields {

    private Fields() {
    }

    /** A scalar field; empty when absent or of the wrong shape (the latter is reported). */
    public static Optional<String> string(YamlValue.Mapping m, String key, Diagnostics diags) {
        YamlValue.Entry e = m.entries().get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.value() instanceof YamlValue.Scalar s) {
            return Optional.of(s.text());
        }
        wrongShape(e.value(), "field.expected-text", key, diags);
        return Optional.empty();
    }

    /** Whether {@code key} is written but holds something other than text (which {@link #string} reports). */
    public static boolean notText(YamlValue.Mapping m, String key) {
        YamlValue.Entry e = m.entries().get(key);
        return e != null && !(e.value() instanceof YamlValue.Scalar);
    }

    /**
     * Reports a value of the wrong shape at its own position, the one way every typed setting does:
     * message {@code code} with the setting's name ({@code {0}}) and what was found ({@code {1}}: text,
     * nothing, a list, an empty list, a mapping), and a hint saying how to write it instead, the one for
     * what was found ({@code code.<found>.hint}), then for its kind (an empty list is a list), before the code's
     * own ({@code code.hint}).
     */
    public static void wrongShape(YamlValue value, String code, String key, Diagnostics diags) {
        Messages messages = diags.messages();
        String hint = "";
        for (String k : List.of(code + "." + found(value) + ".hint", code + "." + value.kind() + ".hint", code + ".hint")) {
            if (messages.has(k)) {
                hint = messages.format(k, key);
                break;
            }
        }
        wrongShape(value, code, key, hint, diags);
    }

    /** {@link #wrongShape(YamlValue, String, String, Diagnostics)} with a hint of the caller's own. */
    public static void wrongShape(YamlValue value, String code, String key, String hint, Diagnostics diags) {
        diags.reportWithHint(value.pos(), Severity.ERROR, code, hint, key,
                diags.messages().format("yaml.kind." + found(value)));
    }

    /** What a value is, as the message bundles name it ({@code yaml.kind.*}): nothing and empty lists named as such. */
    static String found(YamlValue value) {
        if (value instanceof YamlValue.Scalar s && s.plain() && s.text().isEmpty()) {
            return "empty";
        }
        if (value instanceof YamlValue.Sequence seq && seq.items().isEmpty()) {
            return "empty-list";
        }
        if (value instanceof YamlValue.Mapping m && m.entries().isEmpty()) {
            return "empty-mapping";
        }
        return value.kind();
    }

    /**
     * Whether {@link #scalars} reported {@code value} as the wrong shape (a group of entries, or a list
     * holding something other than text): such a value is not also empty.
     */
    public static boolean toldAsWrongShape(YamlValue value) {
        return value instanceof YamlValue.Mapping
                || value instanceof YamlValue.Sequence seq && seq.items().stream().anyMatch(i -> !(i instanceof YamlValue.Scalar));
    }

    /** A list of scalars; a single scalar counts as a list of one, as contributors write it both ways. */
    public static List<String> stringList(YamlValue.Mapping m, String key, Diagnostics diags) {
        List<String> out = new ArrayList<>();
        for (YamlValue.Scalar s : scalars(m, key, diags)) {
            out.add(s.text());
        }
        return List.copyOf(out);
    }

    /** Like {@link #stringList} but keeps each item's position. */
    public static List<YamlValue.Scalar> scalars(YamlValue.Mapping m, String key, Diagnostics diags) {
        YamlValue.Entry e = m.entries().get(key);
        if (e == null) {
            return List.of();
        }
        if (e.value() instanceof YamlValue.Scalar s) {
            return s.text().isEmpty() && s.plain() ? List.of() : List.of(s);
        }
        if (e.value() instanceof YamlValue.Sequence seq) {
            List<YamlValue.Scalar> out = new ArrayList<>();
            for (YamlValue item : seq.items()) {
                if (item instanceof YamlValue.Scalar s) {
                    out.add(s);
                } else {
                    wrongShape(item, "field.expected-text-item", key, diags);
                }
            }
            return List.copyOf(out);
        }
        wrongShape(e.value(), "field.expected-list", key, diags);
        return List.of();
    }

    /**
     * A scalar field that must be one of a few fixed words; empty when absent or not one of them
     * (reported at the value with a did-you-mean). Values are compared exactly: a setting that
     * decides what is published must not be guessed.
     */
    public static Optional<String> choice(YamlValue.Mapping m, String key, List<String> allowed, Diagnostics diags) {
        Optional<String> text = string(m, key, diags);
        if (text.isEmpty() || allowed.contains(text.get())) {
            return text;
        }
        String written = text.get();
        String choices = String.join(", ", allowed);
        String hint = Suggestions.closest(written.strip().toLowerCase(java.util.Locale.ROOT), allowed)
                .map(s -> diags.messages().format("hint.did-you-mean", s) + " "
                        + diags.messages().format("field.choice.hint", key, written, choices))
                .orElse(diags.messages().format("field.choice.hint", key, written, choices));
        diags.reportWithHint(m.entries().get(key).value().pos(), Severity.ERROR, "field.choice", hint, key, written,
                choices);
        return Optional.empty();
    }

    public static int positiveInt(YamlValue.Mapping m, String key, int fallback, Diagnostics diags) {
        Optional<String> text = string(m, key, diags);
        if (text.isEmpty()) {
            return fallback;
        }
        if (text.get().isBlank()) {
            // "page_size:" with nothing after it: the default, said as such rather than as 实际是 “”
            diags.error(m.entries().get(key).value().pos(), "field.empty-positive-int", key, fallback);
            return fallback;
        }
        try {
            int v = Integer.parseInt(text.get().strip());
            if (v > 0 && v <= 10_000) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        diags.error(m.entries().get(key).value().pos(), "field.expected-positive-int", key, text.get());
        return fallback;
    }
}
