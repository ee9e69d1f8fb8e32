package org.casebook.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillingBodiesTest {

    @TempDir
    Path dir;

    private static RenderedBody body(int i) {
        String html = "<h2 id=\"做法" + i + "\">做法</h2>\n<p>" + "产业链党建".repeat(i % 7 + 1) + " 🌴 " + i + "</p>\n";
        return new RenderedBody(html, List.of(new RenderedBody.Heading(2, "做法", "做法" + i)),
                "做法 " + "产业链党建".repeat(i % 7 + 1) + " 🌴 " + i,
                List.of(new Attachment(Path.of("cases/img/" + i + ".png"), "files/img/" + i + ".png")));
    }

    @Test
    void bodiesBeyondTheBudgetComeBackFromDiskUnchanged() {
        Path scratch = dir.resolve(".site.bodies.tmp");
        long budget = IntStream.range(0, 100).mapToLong(i -> body(i).html().length() + body(i).text().length()).sum();
        try (SpillingBodies bodies = new SpillingBodies(budget, scratch)) {
            // written from many threads at once, as the Markdown stage does
            IntStream.range(0, 400).parallel().forEach(i -> bodies.put("case-" + i, body(i)));
            assertEquals(400, bodies.size());
            assertTrue(bodies.spilledCount() >= 250, "spilled: " + bodies.spilledCount());
            IntStream.range(0, 400).parallel().forEach(i -> assertEquals(body(i), bodies.get("case-" + i)));
            assertNull(bodies.get("case-400"));
            assertTrue(bodies.containsKey("case-399"));
            assertFalse(bodies.containsKey("nope"));
        }
        assertFalse(Files.exists(scratch), "the scratch file is deleted on close");
    }

    @Test
    void withinTheBudgetNothingTouchesTheDisk() {
        Path scratch = dir.resolve(".site.bodies.tmp");
        try (SpillingBodies bodies = new SpillingBodies(Long.MAX_VALUE / 4, scratch)) {
            IntStream.range(0, 50).forEach(i -> bodies.put("case-" + i, body(i)));
            assertEquals(0, bodies.spilledCount());
            assertEquals(body(7), bodies.get("case-7"));
        }
        assertFalse(Files.exists(scratch));
    }

    @Test
    void iteratingReadsSpilledBodiesBackOneAtATimeInSlugOrder() {
        Path scratch = dir.resolve(".site.bodies.tmp");
        try (SpillingBodies bodies = new SpillingBodies(0, scratch)) {
            IntStream.range(0, 30).forEach(i -> bodies.put("case-" + (char) ('a' + (i * 7) % 30), body(i)));
            assertEquals(30, bodies.spilledCount());
            var entries = bodies.entrySet();
            assertEquals(30, entries.size());
            String previous = "";
            int seen = 0;
            for (var e : entries) {
                assertTrue(e.getKey().compareTo(previous) > 0, "slug order");
                assertEquals(bodies.get(e.getKey()), e.getValue());
                previous = e.getKey();
                seen++;
            }
            assertEquals(30, seen);
            assertEquals(30, bodies.spilledCount(), "reading them back keeps none of them in memory");
        }
    }
}
