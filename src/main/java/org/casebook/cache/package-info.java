/**
 * The persistent build cache: results of the pipeline's costly per-case stages, stored on disk by the
 * content hash of everything they were made from, so that a later build reuses what did not change.
 * Entries are versioned, checksummed and written atomically; a damaged entry is never trusted, only
 * reported once and made again. The cache only saves time: deleting it is always safe.
 *
 * <p>Not part of the public API; the build driver and the engine use it.
 */
package org.casebook.cache;
