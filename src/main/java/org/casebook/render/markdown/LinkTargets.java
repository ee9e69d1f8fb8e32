package org.casebook.render.markdown;

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
        Set<String> withheldInternal, Map<String, Path> fileByTitle) {

    public LinkTargets {
        casesRoot = casesRoot.toAbsolutePath().normalize();
        slugByFile = Map.copyOf(slugByFile);
        published = Set.copyOf(published);
        withheldInternal = Set.copyOf(withheldInternal);
        fileByTitle = Map.copyOf(fileByTitle);
    }

    public LinkTargets(Path casesRoot, Map<Path, String> slugByFile, Set<String> published,
            Set<String> withheldInternal) {
        this(casesRoot, slugByFile, published, withheldInternal, Map.of());
    }

    public LinkTargets(Path casesRoot, Map<Path, String> slugByFile, Set<String> published) {
        this(casesRoot, slugByFile, published, Set.of());
    }

    /** The targets of one build: every parsed case file, and the slugs the knowledge base publishes. */
    public static LinkTargets of(Path kbDir, java.util.Collection<org.casebook.cases.CaseStudy> studies,
            org.casebook.kb.KnowledgeBase kb) {
        Map<Path, String> slugByFile = new java.util.HashMap<>();
        Map<String, Path> byTitle = new java.util.HashMap<>();
        Set<String> withheld = new java.util.HashSet<>();
        for (org.casebook.cases.CaseStudy s : studies) {
            Path file = s.source().path().toAbsolutePath().normalize();
            slugByFile.put(file, s.slug());
            if (!s.title().isBlank()) {
                byTitle.merge(s.title().strip(), file, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            if (!kb.audience().sees(s.visibility(kb.config().defaultVisibility()))) {
                withheld.add(s.slug());
            }
        }
        Set<String> published = new java.util.HashSet<>();
        kb.cases().forEach(c -> published.add(c.slug()));
        return new LinkTargets(kbDir.resolve(org.casebook.cases.SourceReader.CASES), slugByFile, published, withheld,
                byTitle);
    }

    /**
     * The case file a broken case link most likely meant: the same file name in another folder, or a
     * case whose title is what was written instead of a file name ({@code [见](产业链党委.md)}).
     */
    public Optional<Path> meant(Path target) {
        String name = target.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        Optional<Path> sameName = slugByFile.keySet().stream()
                .filter(p -> p.getFileName().toString().equalsIgnoreCase(name.endsWith(".md") ? name : name + ".md"))
                .sorted().findFirst();
        if (sameName.isPresent()) {
            return sameName;
        }
        return Optional.ofNullable(fileByTitle.get(stem.strip()));
    }

    public Optional<String> slugOf(Path mdFile) {
        return Optional.ofNullable(slugByFile.get(mdFile.toAbsolutePath().normalize()));
    }
}
