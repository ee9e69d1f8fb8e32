package org.casebook.audience;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Who a case, as a whole, may be shown to: the widest audience it is cleared for. */
public enum Visibility {
    /** Only inside the parks' intranet (内部交流). The safe default. */
    INTERNAL,
    /** Also on the public site (对外推广). */
    PUBLIC;

    /** The value as written in front matter and {@code casebook.yml}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Visibility::key).toList();
    }

    /** Reads a written value; only the exact lower-case keys count, so "Public " is not silently public. */
    public static Optional<Visibility> parse(String written) {
        return Arrays.stream(values()).filter(v -> v.key().equals(written)).findFirst();
    }
}
