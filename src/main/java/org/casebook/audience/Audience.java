package org.casebook.audience;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Who a build is made for. A public build holds no internal case and no internal passage. */
public enum Audience {
    /** The intranet site: everything, with internal material visibly marked. */
    INTERNAL,
    /** The public site: public cases only, internal passages removed. */
    PUBLIC;

    /** Whether readers of this audience may see content of the given visibility. */
    public boolean sees(Visibility visibility) {
        return this == INTERNAL || visibility == Visibility.PUBLIC;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Audience::key).toList();
    }

    public static Optional<Audience> parse(String written) {
        return Arrays.stream(values()).filter(a -> a.key().equals(written)).findFirst();
    }
}
