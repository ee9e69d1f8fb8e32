package org.casebook.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Something slow to set up, made on a thread of its own while the pipeline does other work. At a
 * cold start the Markdown renderer and the templates are most of a second of class loading each;
 * made beside reading and parsing, on the second core, that time is hidden.
 */
final class Prepared<T> {

    private final FutureTask<T> task;

    private Prepared(Supplier<T> make) {
        this.task = new FutureTask<>(make::get);
    }

    static <T> Prepared<T> start(String name, Supplier<T> make) {
        Prepared<T> p = new Prepared<>(make);
        Thread t = new Thread(p.task, "casebook-prepare-" + name);
        t.setDaemon(true);
        t.start();
        return p;
    }

    /** Made only if and when {@link #get()} is called, on the caller's thread (a check renders no page). */
    static <T> Prepared<T> onDemand(Supplier<T> make) {
        return new Prepared<>(make);
    }

    /** The prepared value; a failure in the making surfaces here, as it would have in line. */
    T get() {
        task.run(); // a no-op once the task has run or is running on its own thread
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for set-up", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
