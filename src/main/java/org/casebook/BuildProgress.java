package org.casebook;

/**
 * Told what a running build is doing, for a progress line on a terminal. Called from several threads;
 * implementations must be thread-safe and cheap (a counter), as {@link #advance()} runs once per item.
 */
public interface BuildProgress extends org.casebook.engine.Progress {

    /** Reports nothing: the default, and what a build not on a terminal uses. */
    BuildProgress NONE = new BuildProgress() {
    };

}
