package org.casebook.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a relative link in a case body can point at: the case files of the knowledge base (by their
 * normalised absolute path) and which of them are published in this build.
 */
public record LinkTargets(Path casesRoot, Map<Path, String> slugByFile, Set<String> published) {

    public LinkTargets {
        casesRoot = casesRoot.toAbsolutePath().normalize();
        slugByFile = Map.copyOf(slugByFile);
        published = Set.copyOf(published);
    }

    public Optional<String> slugOf(Path mdFile) {
        return Optional.ofNullable(slugByFile.get(mdFile.toAbsolutePath().normalize()));
    }
}
