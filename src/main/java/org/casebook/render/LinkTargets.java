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

    /** The targets of one build: every parsed case file, and the slugs the knowledge base publishes. */
    public static LinkTargets of(Path kbDir, java.util.Collection<org.casebook.cases.CaseStudy> studies,
            org.casebook.kb.KnowledgeBase kb) {
        Map<Path, String> slugByFile = new java.util.HashMap<>();
        for (org.casebook.cases.CaseStudy s : studies) {
            slugByFile.put(s.source().path().toAbsolutePath().normalize(), s.slug());
        }
        Set<String> published = new java.util.HashSet<>();
        kb.cases().forEach(c -> published.add(c.slug()));
        return new LinkTargets(kbDir.resolve(org.casebook.cases.SourceReader.CASES), slugByFile, published);
    }

    public Optional<String> slugOf(Path mdFile) {
        return Optional.ofNullable(slugByFile.get(mdFile.toAbsolutePath().normalize()));
    }
}
