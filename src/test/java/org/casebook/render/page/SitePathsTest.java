package org.casebook.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void aCollectionIsSplitIntoVolumesOfAtMostTwoHundredCasesThatHoldEveryCaseOnce() {
        assertEquals(List.of(new SitePaths.VolumeRange(1, 0, 0)), SitePaths.volumes(0));
        assertEquals(List.of(new SitePaths.VolumeRange(1, 0, 200)), SitePaths.volumes(200));
        assertEquals(List.of(new SitePaths.VolumeRange(1, 0, 200), new SitePaths.VolumeRange(2, 200, 400),
                new SitePaths.VolumeRange(3, 400, 450)), SitePaths.volumes(450));
    }

    @Test
    void everyPathNamesAFileAndKnowsItsWayBackToTheRoot() {
        Term t = new Term(TaxonomyKind.PARK, "洋浦", "yangpu", List.of(), "");
        assertEquals("park/yangpu/index.html", SitePaths.term(t, 1));
        assertEquals("park/yangpu/page/2/index.html", SitePaths.term(t, 2));
        assertEquals("../../../../", SitePaths.rootOf(SitePaths.term(t, 2)));
        assertEquals("", SitePaths.rootOf(SitePaths.home()));
        assertEquals("../../", SitePaths.rootOf(SitePaths.casePage("chain")));
    }

    @Test
    void aCasePageIsReadBackToItsCaseAndNoOtherPageIs() {
        assertEquals(java.util.Optional.of("chain"), SitePaths.caseOf(SitePaths.casePage("chain")));
        for (String other : List.of(SitePaths.allCases(1), SitePaths.allCases(2), "cases//index.html", "cases/chain/chain.docx",
                "park/yangpu/index.html", "print/cases/chain/index.html")) {
            assertEquals(java.util.Optional.empty(), SitePaths.caseOf(other), other);
        }
    }
}
