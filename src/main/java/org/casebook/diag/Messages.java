package org.casebook.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The diagnostic message bundle for one language. Bundles are UTF-8 properties files named
 * {@code messages_<lang>.properties}; a missing key falls back to English, then to the key itself,
 * so an incomplete translation degrades instead of failing.
 */
public final class Messages {

    private static final String BASE = "/org/casebook/diag/messages_";

    private final String language;
    private final Properties own;
    private final Properties english;

    private Messages(String language, Properties own, Properties english) {
        this.language = language;
        this.own = own;
        this.english = english;
    }

    /** Messages for a BCP 47 tag such as {@code zh-CN} or {@code en}; unknown languages get English. */
    public static Messages forLanguage(String languageTag) {
        Properties english = load("en");
        String tag = languageTag == null ? "zh-CN" : languageTag;
        Properties own = load(tag);
        if (own.isEmpty()) {
            own = load(Locale.forLanguageTag(tag).getLanguage());
        }
        return new Messages(own.isEmpty() ? "en" : tag, own.isEmpty() ? english : own, english);
    }

    public String language() {
        return language;
    }

    public boolean has(String key) {
        return own.containsKey(key) || english.containsKey(key);
    }

    public String format(String key, Object... args) {
        String pattern = own.getProperty(key, english.getProperty(key));
        if (pattern == null) {
            return key;
        }
        // a message without arguments is shown as written, except that the bundles write a quote as
        // MessageFormat wants it ('') whether or not the message takes arguments
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** Names joined as the language lists them ({@code a, b, c}; {@code 甲、乙、丙}). */
    public String list(List<String> items) {
        return String.join(format("list.separator"), items);
    }

    /** Names joined as a sentence lists them ({@code a, b and c}; {@code 甲、乙、丙}). */
    public String listAnd(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return list(items.subList(0, items.size() - 1)) + format("list.separator.last") + items.get(items.size() - 1);
    }

    private static Properties load(String tag) {
        Properties p = new Properties();
        String name = BASE + tag.replace('-', '_') + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
