package org.casebook.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * 先进结对帮带后进: per theme, the parks with the most published cases (who can be learnt from) and the
 * parks with none (who could learn); per park, the themes it has no case on and the parks that do.
 * Ranking: most cases first, ties in the vocabulary's order of parks, so the result never depends on
 * file order.
 */
public final class LearningPairs {

    /** How many leading parks a theme lists, and how many of each teacher's cases a gap shows. */
    public static final int LEADERS = 3;
    public static final int CASES_PER_TEACHER = 3;

    public record ParkCount(Term park, int count) {
    }

    /** One theme: its leading parks (most cases first) and the parks without any case on it. */
    public record ThemePairs(Term theme, List<ParkCount> leaders, List<Term> without) {
        public ThemePairs {
            leaders = List.copyOf(leaders);
            without = List.copyOf(without);
        }
    }

    /** A park that has cases on a theme, with its newest few. */
    public record Teacher(Term park, int count, List<Case> cases) {
        public Teacher {
            cases = List.copyOf(cases);
        }
    }

    /** A theme a park has no case on, and the parks it can learn it from. */
    public record Gap(Term theme, List<Teacher> teachers) {
        public Gap {
            teachers = List.copyOf(teachers);
        }
    }

    private final List<Term> parks;
    private final List<ThemePairs> byTheme;
    private final Map<String, List<Gap>> gapsByPark;

    private LearningPairs(List<Term> parks, List<ThemePairs> byTheme, Map<String, List<Gap>> gapsByPark) {
        this.parks = parks;
        this.byTheme = List.copyOf(byTheme);
        this.gapsByPark = gapsByPark;
    }

    public static LearningPairs of(KnowledgeBase kb) {
        List<Term> parks = kb.vocabulary().terms(TaxonomyKind.place());
        List<Term> themes = kb.vocabulary().terms(TaxonomyKind.topic());
        List<Case> published = Published.of(kb);
        // cases per (theme, park), newest first because kb.cases() is
        Map<String, Map<String, List<Case>>> cells = new LinkedHashMap<>();
        for (Term theme : themes) {
            Map<String, List<Case>> row = new LinkedHashMap<>();
            for (Term park : parks) {
                row.put(park.key(), new ArrayList<>());
            }
            cells.put(theme.key(), row);
        }
        for (Case c : published) {
            for (Term theme : c.terms(TaxonomyKind.topic())) {
                for (Term park : c.terms(TaxonomyKind.place())) {
                    cells.get(theme.key()).get(park.key()).add(c);
                }
            }
        }
        List<ThemePairs> byTheme = new ArrayList<>();
        Map<String, List<Teacher>> teachersByTheme = new LinkedHashMap<>();
        for (Term theme : themes) {
            Map<String, List<Case>> row = cells.get(theme.key());
            List<Teacher> teachers = new ArrayList<>();
            List<Term> without = new ArrayList<>();
            for (Term park : parks) {
                List<Case> cs = row.get(park.key());
                if (cs.isEmpty()) {
                    without.add(park);
                } else {
                    teachers.add(new Teacher(park, cs.size(), cs.subList(0, Math.min(CASES_PER_TEACHER, cs.size()))));
                }
            }
            // stable sort keeps the vocabulary order among equal counts
            teachers.sort(Comparator.comparingInt(Teacher::count).reversed());
            teachersByTheme.put(theme.key(), teachers);
            List<ParkCount> leaders = teachers.stream().limit(LEADERS)
                    .map(t -> new ParkCount(t.park(), t.count())).toList();
            byTheme.add(new ThemePairs(theme, leaders, without));
        }
        Map<String, List<Gap>> gaps = new LinkedHashMap<>();
        for (Term park : parks) {
            List<Gap> list = new ArrayList<>();
            for (Term theme : themes) {
                if (cells.get(theme.key()).get(park.key()).isEmpty()) {
                    List<Teacher> teachers = teachersByTheme.get(theme.key()).stream().limit(LEADERS).toList();
                    if (!teachers.isEmpty()) {
                        list.add(new Gap(theme, teachers));
                    }
                }
            }
            gaps.put(park.key(), List.copyOf(list));
        }
        return new LearningPairs(parks, byTheme, gaps);
    }

    /** Every theme in vocabulary order with its leaders and the parks without a case. */
    public List<ThemePairs> byTheme() {
        return byTheme;
    }

    /** 可向这些园区学习: the themes a park has no case on that some other park has, in vocabulary order. */
    public List<Gap> gapsOf(Term park) {
        return gapsByPark.getOrDefault(park.key(), List.of());
    }

    public List<Term> parks() {
        return parks;
    }
}
