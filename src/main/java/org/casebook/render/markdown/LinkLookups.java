package org.casebook.render.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every question one body's links ask about the world outside the body (which case a file is, what
 * a broken link meant, whether a case is published, what kind of file a path is), with the answers
 * written down. The written answers are the body's dependencies: a rendered body may be reused as long
 * as {@link #stillHold} gives the same answers again, so a body is rendered again only when something
 * it actually looked at changed, not when any case of the knowledge base came or went.
 *
 * <p>One instance per body, on one thread.
 */
public final class LinkLookups {

    /** What a link's target path is on disk, as far as a link to it is concerned. */
    enum FileKind { MISSING, SYMLINK, NOT_A_FILE, UNREADABLE, OUTSIDE, FILE }

    private static final char SEP = '\u0000';

    private final LinkTargets targets;
    private final List<String> answers = new ArrayList<>();

    public LinkLookups(LinkTargets targets) {
        this.targets = targets;
    }

    /** The questions asked and their answers, one string each, in the order asked. */
    public List<String> answers() {
        return List.copyOf(answers);
    }

    /** Whether every question of {@code answers} has the same answer under {@code now}. */
    public static boolean stillHold(List<String> answers, LinkTargets now) {
        for (String a : answers) {
            int s1 = a.indexOf(SEP);
            int s2 = a.indexOf(SEP, s1 + 1);
            if (s1 < 0 || s2 < 0) {
                return false;
            }
            String arg = a.substring(s1 + 1, s2);
            String answer = switch (a.substring(0, s1)) {
                case "slug" -> slug(now, Path.of(arg));
                case "meant" -> meant(now, Path.of(arg));
                case "withheld" -> String.valueOf(now.withheldInternal().contains(arg));
                case "published" -> String.valueOf(now.published().contains(arg));
                case "file" -> kind(now, Path.of(arg)).name();
                case "mib" -> String.valueOf(largeMib(Path.of(arg)));
                default -> null;
            };
            if (answer == null || !answer.equals(a.substring(s2 + 1))) {
                return false;
            }
        }
        return true;
    }

    Path casesRoot() {
        return targets.casesRoot();
    }

    Optional<String> slugOf(Path mdFile) {
        String s = record("slug", mdFile.toAbsolutePath().normalize().toString(), slug(targets, mdFile));
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    Optional<Path> meant(Path target) {
        String m = record("meant", target.toString(), meant(targets, target));
        return m.isEmpty() ? Optional.empty() : Optional.of(Path.of(m));
    }

    boolean withheldInternal(String slug) {
        return Boolean.parseBoolean(record("withheld", slug, String.valueOf(targets.withheldInternal().contains(slug))));
    }

    boolean published(String slug) {
        return Boolean.parseBoolean(record("published", slug, String.valueOf(targets.published().contains(slug))));
    }

    FileKind fileKind(Path target) {
        return FileKind.valueOf(record("file", target.toString(), kind(targets, target).name()));
    }

    private String record(String question, String arg, String answer) {
        answers.add(question + SEP + arg + SEP + answer);
        return answer;
    }

    private static String slug(LinkTargets t, Path mdFile) {
        return t.slugOf(mdFile).orElse("");
    }

    private static String meant(LinkTargets t, Path target) {
        return t.meant(target).map(Path::toString).orElse("");
    }

    /** Pictures above this many MiB are copied into the page, the Word file and every collection as they are. */
    static final long LARGE_MIB = 5;

    /** The size of {@code file} in whole MiB when it is larger than {@link #LARGE_MIB}, else 0. */
    long largeMibOf(Path file) {
        return Long.parseLong(record("mib", file.toString(), String.valueOf(largeMib(file))));
    }

    private static long largeMib(Path file) {
        try {
            long mib = Files.size(file) / (1024 * 1024);
            return mib >= LARGE_MIB ? mib : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileKind kind(LinkTargets t, Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return FileKind.MISSING;
        }
        if (Files.isSymbolicLink(target)) {
            return FileKind.SYMLINK;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return FileKind.NOT_A_FILE;
        }
        try {
            // toRealPath resolves links in parent folders too: the file must really live under cases/
            return target.toRealPath().startsWith(t.casesRoot().toRealPath()) ? FileKind.FILE : FileKind.OUTSIDE;
        } catch (IOException e) {
            return FileKind.UNREADABLE;
        }
    }
}
