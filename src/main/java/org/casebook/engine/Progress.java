package org.casebook.engine;

/**
 * Told what a running pipeline is doing, for a progress line on a terminal. Called from several
 * threads; implementations must be thread-safe and cheap (a counter), as {@link #advance()} runs once
 * per item.
 */
public interface Progress {

    /** A stage starts; {@code total} items are to be done in it (0 when it is not counted). */
    default void stage(String name, int total) {
    }

    /** One item of the current stage is done. */
    default void advance() {
    }

    /** The run ended (successfully or not); a progress line should be cleared. */
    default void finished() {
    }
}
