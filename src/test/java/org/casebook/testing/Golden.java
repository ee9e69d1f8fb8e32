package org.casebook.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden data files under {@code src/test/resources/learning-golden/}: generated output must equal them byte for
 * byte. After an intended change, regenerate with {@code mvn test -Dcasebook.updateGolden=true} and
 * review the diff before committing.
 */
public final class Golden {
    // not under golden/: that folder holds whole-site golden builds, one knowledge base per sub-folder

    private static final Path ROOT = Path.of("src/test/resources/learning-golden");

    private Golden() {
    }

    public static void assertMatches(String goldenName, Path actualFile) {
        try {
            String actual = Files.readString(actualFile, StandardCharsets.UTF_8);
            Path golden = ROOT.resolve(goldenName);
            if (Boolean.getBoolean("casebook.updateGolden")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            assertEquals(expected, actual, () -> actualFile + " differs from golden " + golden
                    + " (after an intended change run: mvn test -Dcasebook.updateGolden=true)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
