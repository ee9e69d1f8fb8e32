package org.casebook;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times the named stages of one build, in the order they ran. */
final class StageTimer {

    private final Map<String, Duration> stages = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private final BuildProgress progress;

    StageTimer(BuildProgress progress) {
        this.progress = progress;
    }

    <T> T time(String stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        progress.stage(stage, 0);
        try {
            return work.get();
        } finally {
            stages.merge(stage, Duration.ofNanos(System.nanoTime() - t0), Duration::plus);
        }
    }

    void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    Map<String, Duration> stages() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    Duration total() {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
