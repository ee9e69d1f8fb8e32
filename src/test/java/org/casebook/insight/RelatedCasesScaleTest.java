package org.casebook.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.casebook.audience.Visibility;
import org.casebook.config.SiteConfig;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.casebook.taxonomy.Vocabulary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Related cases on 10,000 synthetic cases: shows the inverted index keeps the work near-linear (run on
 * demand: {@code mvn test -Dtest=RelatedCasesScaleTest -Dsurefire.excludedGroups=}); prints the time,
 * asserts only correctness.
 */
@Tag("scale")
class RelatedCasesScaleTest {

    private static final String HAN = "党建园区企业服务组织教育积分清单产业链平台党员联盟夜校驿站流动智慧共建共治创新保障制度机制书记支部委员会";

    @Test
    void tenThousandCases() {
        Random random = new Random(42);
        Map<TaxonomyKind, List<Term>> terms = new EnumMap<>(TaxonomyKind.class);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            List<Term> list = new ArrayList<>();
            for (int i = 0; i < (kind == TaxonomyKind.PARK ? 13 : 12); i++) {
                list.add(new Term(kind, kind.key() + i, kind.key() + "-" + i, List.of(), ""));
            }
            terms.put(kind, list);
        }
        Vocabulary vocabulary = new Vocabulary(terms);
        SiteConfig config = new SiteConfig("t", "", "zh-CN", Optional.empty(), 20, 8, vocabulary);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            StringBuilder body = new StringBuilder();
            for (int j = 0; j < 600; j++) {
                body.append(HAN.charAt(random.nextInt(HAN.length())));
            }
            cases.add(new Case("c" + i, "cases/c" + i + ".md", "案例" + body.substring(0, 12),
                    tags(terms, random), Optional.of(LocalDate.of(2020, 1, 1).plusDays(i % 2000)),
                    "", "", List.of(), i % 50 == 0, Map.of(), body.toString(), 1, Visibility.PUBLIC, List.of()));
        }
        KnowledgeBase kb = new KnowledgeBase(config, cases);
        long start = System.nanoTime();
        RelatedCases related = RelatedCases.of(kb, Case::body);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("related cases for " + cases.size() + " cases in " + ms + " ms");
        for (Case c : kb.cases()) {
            List<Case> r = related.of(c.slug());
            assertEquals(RelatedCases.LIMIT, r.size());
            assertFalse(r.contains(c));
            assertTrue(r.stream().noneMatch(Case::draft));
        }
    }

    private static Term pick(Map<TaxonomyKind, List<Term>> terms, TaxonomyKind kind, Random random) {
        List<Term> list = terms.get(kind);
        return list.get(random.nextInt(list.size()));
    }

    /** One random term of every kind. */
    private static Map<TaxonomyKind, List<Term>> tags(Map<TaxonomyKind, List<Term>> terms, Random random) {
        Map<TaxonomyKind, List<Term>> out = new EnumMap<>(TaxonomyKind.class);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            out.put(kind, List.of(pick(terms, kind, random)));
        }
        return out;
    }
}
