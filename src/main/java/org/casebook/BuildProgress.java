package org.casebook;

/**
 * Told what a running build is doing, for a progress line on a terminal. Called from several threads;
 * implementations must be thread-safe and cheap (a counter), as {@link #advance()} runs once per item.
 */
public interface BuildProgress {

    /** Reports nothing: the default, and what a build not on a terminal uses. */
    BuildProgress NONE = new BuildProgress() {
    };

    /** A stage starts; {@code total} items are to be done in it (0 when it is not counted). */
    default void stage(String name, int total) {
    }

    /** One item of the current stage is done. */
    default void advance() {
    }

    /** The build ended (successfully or not); a progress line should be cleared. */
    default void finished() {
    }
}
