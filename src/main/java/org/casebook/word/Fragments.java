package org.casebook.word;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.casebook.kb.Case;

/**
 * Each case's {@link Fragment}, made by the first document that needs it (the others wait for it,
 * never convert again) and let go when the last document that holds the case has taken it, so the
 * run keeps only the fragments still to be copied. Documents declare their cases ({@link #use})
 * before any is written.
 */
final class Fragments {

    private final WordBook book;
    private final Map<String, FutureTask<Fragment>> made = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> pending = new ConcurrentHashMap<>();

    Fragments(WordBook book) {
        this.book = book;
    }

    /** One more document will hold {@code c}. */
    void use(Case c) {
        pending.computeIfAbsent(c.slug(), s -> new AtomicInteger()).incrementAndGet();
    }

    Fragment get(Case c) {
        FutureTask<Fragment> task = made.computeIfAbsent(c.slug(), s -> new FutureTask<>(() -> book.fragment(c)));
        task.run(); // makes it, unless made or being made: then get() waits
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting " + c.slug(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** A document holding {@code c} is done with it. */
    void release(Case c) {
        AtomicInteger left = pending.get(c.slug());
        if (left != null && left.decrementAndGet() == 0) {
            made.remove(c.slug());
        }
    }
}
