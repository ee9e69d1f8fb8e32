package org.casebook.yaml;

import java.util.List;
import java.util.Map;
import org.casebook.diag.SourcePos;

/**
 * A YAML value with the file position where it starts. Scalars stay strings: {@code NO} is the
 * text "NO", {@code 0123} the text "0123"; callers convert what they expect and report the rest.
 */
public sealed interface YamlValue {

    SourcePos pos();

    /** A short English word for messages that name what was found instead ("list", "mapping"). */
    String kind();

    record Scalar(String text, SourcePos pos, boolean plain) implements YamlValue {
        @Override
        public String kind() {
            return "scalar";
        }
    }

    record Sequence(List<YamlValue> items, SourcePos pos) implements YamlValue {
        @Override
        public String kind() {
            return "list";
        }
    }

    /** Keys in document order; duplicates were already refused by the reader. */
    record Mapping(Map<String, Entry> entries, SourcePos pos) implements YamlValue {
        @Override
        public String kind() {
            return "mapping";
        }
    }

    /** One key of a mapping: the key's own position (for "unknown key" messages) and its value. */
    record Entry(String key, SourcePos keyPos, YamlValue value) {
    }
}
