package org.casebook.engine;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times the named stages of one build, in the order they ran. */
public final class StageTimer {

    private final Map<String, Duration> stages = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private final Progress progress;

    public StageTimer(Progress progress) {
        this.progress = progress;
    }

    public <T> T time(String stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        progress.stage(stage, 0);
        try {
            return work.get();
        } finally {
            stages.merge(stage, Duration.ofNanos(System.nanoTime() - t0), Duration::plus);
        }
    }

    public void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    public Map<String, Duration> stages() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    public Duration total() {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
