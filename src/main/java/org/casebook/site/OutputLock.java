package org.casebook.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a second build from writing into the same output folder at the same time. Two builds share
 * the staging folder, the scratch file and the swap beside the output folder, so overlapping cron jobs
 * would each leave half a site while both said they succeeded. The lock is the operating system's
 * lock on a small file beside the output folder ({@code .site.lock}): it goes with the process that
 * held it, so a killed build never leaves the folder locked.
 */
public final class OutputLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code target}'s builds. */
    public static Path fileFor(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code target}'s builds without waiting: empty when another build, in this
     * process or another, holds it.
     */
    public static Optional<OutputLock> tryAcquire(Path target) throws IOException {
        Path file = fileFor(target);
        Files.createDirectories(file.getParent());
        for (int attempt = 0; attempt < 3; attempt++) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            Object opened = fileKey(file);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // a build in this process: file locks are per process
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            // the build before may have removed the file between our opening and locking it: then this
            // lock guards a file nobody else can find, and we take the one now at the path
            if (opened != null && Objects.equals(opened, fileKey(file))) {
                return Optional.of(new OutputLock(file, channel, lock));
            }
            if (opened == null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(new OutputLock(file, channel, lock)); // no file keys here (Windows): the file cannot go while open
            }
            lock.release();
            channel.close();
        }
        return Optional.empty();
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Removes the lock file while still holding it, then lets go. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an open file cannot be removed on some systems; an unlocked file left behind locks nothing
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel, and with the process at the latest
        }
    }
}
