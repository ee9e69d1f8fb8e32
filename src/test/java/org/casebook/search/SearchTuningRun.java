package org.casebook.search;

import java.nio.file.Path;
import java.util.List;
import org.casebook.audience.Audience;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On demand, not in {@code mvn verify}: the development half of the evaluation set, the only half
 * ranking constants may be tuned on, measured with any of the search client's debug settings
 * ({@code name=value} sets a constant of search.js's TUNING):
 *
 * <pre>mvn test -Dsurefire.excludedGroups= -Dgroups=bench -Dtest=SearchTuningRun \
 *     [-Dcasebook.eval.debug="coordPower=3 relCover=0.5"] [-Dcasebook.eval.site=BUILT_SITE]</pre>
 */
@Tag("bench")
class SearchTuningRun {

    @Test
    void developmentHalf() throws Exception {
        String siteProp = System.getProperty("casebook.eval.site", "");
        Path site = siteProp.isBlank()
                ? SearchQualityTest.build(java.nio.file.Files.createTempDirectory("casebook-eval"), Audience.INTERNAL)
                : Path.of(siteProp);
        List<EvalSet.Query> dev = SearchQualityTest.returnable(EvalSet.dev(EvalSet.all()));
        List<SearchQualityTest.Measured> results = SearchQualityTest.run(site, dev, System.getProperty("casebook.eval.debug", ""));
        System.out.println("DEV HALF, debug: " + System.getProperty("casebook.eval.debug", ""));
        System.out.println(SearchQualityTest.report(results));
        System.out.println("floors failed on dev: " + SearchQualityTest.failures(results));
    }
}
