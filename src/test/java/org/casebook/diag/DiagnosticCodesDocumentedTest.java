package org.casebook.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/contributors.md lists every diagnostic code of the message bundle, each in a table row with an
 * example and its fix, so that a contributor who meets a code can look it up.
 */
class DiagnosticCodesDocumentedTest {

    /** Bundle keys that are not diagnostic codes: command-line lines, words, list separators, hints and message parts. */
    private static final Pattern NOT_A_CODE = Pattern.compile("^(cli|new|serve|preview|terms|taxonomy|severity|hint|list"
            + "|yaml\\.kind|yaml\\.char|io\\.reason|io\\.read-reason|template\\.says|template\\.kind)\\.|\\.hint$|^link\\.text-placeholder$|\\.meant$|\\.as$|\\.choices$|^template\\.error\\.pages$");

    @Test
    void everyCodeHasARowWithAnExampleAndAFix() throws Exception {
        Properties bundle = new Properties();
        try (var in = new InputStreamReader(DiagnosticCodesDocumentedTest.class
                .getResourceAsStream("/org/casebook/diag/messages_zh_CN.properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        List<String> docs = Files.readAllLines(Path.of("docs/contributors.md"), StandardCharsets.UTF_8);
        List<String> missing = bundle.stringPropertyNames().stream().filter(k -> !NOT_A_CODE.matcher(k).find())
                .sorted()
                .filter(code -> docs.stream().noneMatch(l -> l.startsWith("| `" + code + "` | ") && l.split(" \\| ").length >= 3))
                .toList();
        assertEquals(List.of(), missing, "codes without a row in docs/contributors.md");
        assertTrue(bundle.size() > 100);
    }
}
