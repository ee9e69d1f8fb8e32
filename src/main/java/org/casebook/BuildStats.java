package org.casebook;

import java.time.Duration;
import java.util.Map;

/**
 * Figures of one build: published cases, HTML pages, files written, and each stage's time in
 * pipeline order.
 */
public record BuildStats(int cases, int pages, int files, Map<String, Duration> stages, Duration total) {
}
