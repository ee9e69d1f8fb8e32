package org.casebook.engine;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.casebook.cache.CacheKey;
import org.casebook.cache.CacheStore;
import org.casebook.diag.Diagnostics;
import org.casebook.search.PassageMemo;

/**
 * A build's {@link PassageMemo}: one entry, replaced by every build, in a store of its own in the
 * build cache's folder ({@code search/}), so that it is written after the bodies' store has been
 * pruned and never prunes theirs. Its key holds the code's fingerprint: another Casebook's state is
 * never read.
 */
final class StoredPassages implements PassageMemo {

    /** The folder in the build cache. */
    static final String FOLDER = "search";

    private final CacheStore store;
    private final Path kbDir;
    private final Supplier<String> codeVersion;
    private byte[] key;

    StoredPassages(Path cache, Path kbDir, Supplier<String> codeVersion) {
        this.store = new CacheStore(cache.resolve(FOLDER));
        this.kbDir = kbDir;
        this.codeVersion = codeVersion;
    }

    private byte[] key() {
        if (key == null) {
            key = new CacheKey().add("passages").add(CacheStore.FORMAT).add(codeVersion.get()).bytes();
        }
        return key;
    }

    @Override
    public Optional<byte[]> last() {
        return store.get(key());
    }

    @Override
    public void keep(byte[] state) {
        store.put(key(), state);
        store.prune(); // completes the new pack and deletes the last build's
    }

    @Override
    public void distrust() {
        store.distrust(key());
    }

    /**
     * A damaged entry: every snippet was chosen again. A folder that cannot be written is not
     * reported again: the bodies' store, in the same cache folder, has said so.
     */
    void report(Diagnostics d) {
        store.damaged().ifPresent(name -> Engine.reportDamaged(store, kbDir, "cache.damaged-search", name, d));
    }
}
