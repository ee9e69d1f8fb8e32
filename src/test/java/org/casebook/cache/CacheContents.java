package org.casebook.cache;

import java.nio.file.Path;
import java.util.Set;

/** What a cache folder holds, for tests outside this package (read only: nothing is pruned). */
public final class CacheContents {

    private CacheContents() {
    }

    /** The names (hex keys) of the entries in the packs of {@code cacheRoot}. */
    public static Set<String> entries(Path cacheRoot) {
        return new CacheStore(cacheRoot).entriesOnDisk();
    }
}
