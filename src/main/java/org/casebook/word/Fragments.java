package org.casebook.word;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Each case's {@link Fragment} (by slug), made by the first document that needs it (the others
 * wait for it, never convert again) and let go when the last document that holds the case has taken
 * it, so the run keeps only the fragments still to be copied. Documents declare their cases
 * ({@link #use}) before any is written.
 */
final class Fragments {

    private final Function<String, Fragment> make;
    private final Map<String, FutureTask<Fragment>> made = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> pending = new ConcurrentHashMap<>();

    Fragments(Function<String, Fragment> make) {
        this.make = make;
    }

    /** One more document will hold the case {@code slug}. */
    void use(String slug) {
        pending.computeIfAbsent(slug, s -> new AtomicInteger()).incrementAndGet();
    }

    Fragment get(String slug) {
        FutureTask<Fragment> task = made.computeIfAbsent(slug, s -> new FutureTask<>(() -> make.apply(s)));
        task.run(); // makes it, unless made or being made: then get() waits
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting " + slug, e);
        } catch (ExecutionException e) {
            // every document holding the case reports it: each says which case could not be converted
            Throwable cause = e.getCause();
            throw new IllegalStateException("case " + slug + ": "
                    + (cause.getMessage() == null ? cause.toString() : cause.getMessage()), cause);
        }
    }

    /** A document holding the case {@code slug} is done with it. */
    void release(String slug) {
        AtomicInteger left = pending.get(slug);
        if (left != null && left.decrementAndGet() == 0) {
            made.remove(slug);
        }
    }
}
