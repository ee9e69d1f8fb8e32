package org.casebook.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A listing is cut into pages from its oldest case on; the first page holds the rest. */
class ListingPagesTest {

    @Test
    void theFirstPageHoldsFromHalfAPageToOneAndAHalf() {
        assertEquals(0, SiteRenderer.firstPageSize(0, 20), "an empty listing is one empty page");
        assertEquals(20, SiteRenderer.firstPageSize(20, 20));
        assertEquals(29, SiteRenderer.firstPageSize(29, 20), "nine more than a page stay on the first");
        assertEquals(10, SiteRenderer.firstPageSize(30, 20), "ten more make a page of their own");
        assertEquals(20, SiteRenderer.firstPageSize(40, 20));
        assertEquals(29, SiteRenderer.firstPageSize(49, 20));
        assertEquals(1, SiteRenderer.firstPageSize(7, 1));
        assertEquals(1, SiteRenderer.firstPageSize(5, 2));
        for (int n = 0; n < 200; n++) {
            int first = SiteRenderer.firstPageSize(n, 20);
            assertEquals(0, (n - first) % 20, "every later page is full: " + n);
            assertEquals(true, n <= 20 ? first == n : first >= 10 && first <= 29, "first page of " + n + ": " + first);
        }
    }
}
