package org.casebook.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casebook.diag.Diagnostics;
import org.casebook.yaml.YamlValue;

/**
 * The {@code extra:} map of {@code casebook.yml}: theme settings Casebook itself does not read (an ICP
 * number, a 主办单位 line) handed to every template as {@code site.extra}. Values are text, lists and
 * nested maps, in the order written; keys must be names a template can write as {@code site.extra.key}.
 */
final class ExtraSettings {

    /** {@code site.extra.icp-number} would read as a subtraction in a template: keys are plain names. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ExtraSettings() {
    }

    static Map<String, Object> read(YamlValue.Mapping root, Diagnostics diags) {
        YamlValue.Entry e = root.entries().get("extra");
        if (e == null || e.value() instanceof YamlValue.Scalar s && s.plain() && s.text().isEmpty()) {
            return Map.of();
        }
        if (!(e.value() instanceof YamlValue.Mapping m)) {
            Fields.wrongShape(e.value(), "config.expected-mapping", "extra", diags);
            return Map.of();
        }
        return mapping(m, diags);
    }

    private static Map<String, Object> mapping(YamlValue.Mapping m, Diagnostics diags) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlValue.Entry entry : m.entries().values()) {
            if (!KEY.matcher(entry.key()).matches()) {
                diags.error(entry.keyPos(), "config.extra-key", entry.key());
                continue;
            }
            out.put(entry.key(), value(entry.value(), diags));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Object value(YamlValue v, Diagnostics diags) {
        if (v instanceof YamlValue.Scalar s) {
            return s.text();
        }
        if (v instanceof YamlValue.Sequence seq) {
            List<Object> items = new ArrayList<>();
            for (YamlValue item : seq.items()) {
                items.add(value(item, diags));
            }
            return List.copyOf(items);
        }
        return mapping((YamlValue.Mapping) v, diags);
    }
}
