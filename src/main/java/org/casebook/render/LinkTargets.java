package org.casebook.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a relative link in a case body can point at: the case files of the knowledge base (by their
 * normalised absolute path), which of them are published in this build, and which are left out
 * because they are internal and the build is public (so that the message can say why).
 */
public record LinkTargets(Path casesRoot, Map<Path, String> slugByFile, Set<String> published,
        Set<String> withheldInternal) {

    public LinkTargets {
        casesRoot = casesRoot.toAbsolutePath().normalize();
        slugByFile = Map.copyOf(slugByFile);
        published = Set.copyOf(published);
        withheldInternal = Set.copyOf(withheldInternal);
    }

    public LinkTargets(Path casesRoot, Map<Path, String> slugByFile, Set<String> published) {
        this(casesRoot, slugByFile, published, Set.of());
    }

    /** The targets of one build: every parsed case file, and the slugs the knowledge base publishes. */
    public static LinkTargets of(Path kbDir, java.util.Collection<org.casebook.cases.CaseStudy> studies,
            org.casebook.kb.KnowledgeBase kb) {
        Map<Path, String> slugByFile = new java.util.HashMap<>();
        Set<String> withheld = new java.util.HashSet<>();
        for (org.casebook.cases.CaseStudy s : studies) {
            slugByFile.put(s.source().path().toAbsolutePath().normalize(), s.slug());
            if (!kb.audience().sees(s.visibility(kb.config().defaultVisibility()))) {
                withheld.add(s.slug());
            }
        }
        Set<String> published = new java.util.HashSet<>();
        kb.cases().forEach(c -> published.add(c.slug()));
        return new LinkTargets(kbDir.resolve(org.casebook.cases.SourceReader.CASES), slugByFile, published, withheld);
    }

    public Optional<String> slugOf(Path mdFile) {
        return Optional.ofNullable(slugByFile.get(mdFile.toAbsolutePath().normalize()));
    }
}
