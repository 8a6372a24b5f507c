package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What an article's file looked like when its content hash was taken: where it was, its size and
 * modification time. A later build that finds the file just so does not read it again (the
 * quick check of rsync and git); any difference, and the file is read and hashed. A stamp taken
 * less than {@link #RACY_MILLIS} after the file was last modified is not trusted, since a file
 * system with coarse timestamps could hide a second change within the same tick (git's "racy"
 * rule).
 *
 * @param path          absolute path of the file
 * @param size          size in bytes
 * @param modifiedNanos last modification time, nanoseconds since the epoch
 * @param seenAtMillis  when the stamp was taken (before the file was read)
 * @param contentHash   the content hash the file had
 */
public record FileStamp(String path, long size, long modifiedNanos, long seenAtMillis, String contentHash) {
    /** How long after its last change a file must have been stamped for the stamp to be trusted. */
    public static final long RACY_MILLIS = 2_000;

    /** The file's attributes as they are now, to stamp once its content hash is known. */
    public record Look(String path, long size, long modifiedNanos, long seenAtMillis) {
        public FileStamp withHash(String contentHash) {
            return new FileStamp(path, size, modifiedNanos, seenAtMillis, contentHash);
        }
    }

    /** Looks at a file (its attributes only). */
    public static Look look(Path file) throws IOException {
        long now = System.currentTimeMillis();
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new Look(file.toAbsolutePath().normalize().toString(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), now);
    }

    /** Whether a file that looks like {@code now} can be taken to still hold {@link #contentHash()} unread. */
    public boolean vouchesFor(Look now) {
        return path.equals(now.path()) && size == now.size() && modifiedNanos == now.modifiedNanos()
            && TimeUnit.NANOSECONDS.toMillis(modifiedNanos) + RACY_MILLIS <= seenAtMillis;
    }
}
