package org.casebook.search;

import java.util.Optional;

/**
 * Where an index leaves what its snippet passages were chosen from, for the next index over the same
 * knowledge base: a build keeps it in the build cache, the preview in memory. The search package
 * owns the bytes ({@link PassageState}); a holder only stores them.
 */
public interface PassageMemo {

    /** The state the last index left, if any. */
    Optional<byte[]> last();

    /** Keeps this index's state for the next one. */
    void keep(byte[] state);

    /** The state {@link #last()} gave could not be read: it is not kept. */
    default void distrust() {
    }

    /** Remembers nothing: every passage is chosen afresh. */
    PassageMemo NONE = new PassageMemo() {
        @Override
        public Optional<byte[]> last() {
            return Optional.empty();
        }

        @Override
        public void keep(byte[] state) {
        }
    };

    /** Holds the last state in memory (a kept engine: the preview). */
    static PassageMemo inMemory() {
        return new PassageMemo() {
            private volatile byte[] state;

            @Override
            public Optional<byte[]> last() {
                return Optional.ofNullable(state);
            }

            @Override
            public void keep(byte[] s) {
                state = s;
            }

            @Override
            public void distrust() {
                state = null;
            }
        };
    }
}
