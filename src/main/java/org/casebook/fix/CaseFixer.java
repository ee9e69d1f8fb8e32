package org.casebook.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Repairs one case file: its encoding, its front matter's Chinese-keyboard slips and the traces of
 * Word in its body. The new text is written to a temporary file beside it and moved over it, and only
 * when the file still holds the bytes that were read: an editor's save in between wins.
 */
public final class CaseFixer {

    /** One repaired line: its number, the message key of the slip, the line before and after. */
    public record Change(int line, String key, String before, String after) {
    }

    /**
     * The outcome for one file: the changes made (or, with a dry run, that would be made), whether the
     * file was rewritten, and the message key of a refusal (a Word document, unreadable bytes, a file
     * that changed while being fixed, an I/O error with its detail).
     */
    public record Outcome(Path file, String encodingKey, List<Change> changes, boolean written,
            Optional<String> refusal, String detail) {

        public boolean changed() {
            return encodingKey != null || !changes.isEmpty();
        }
    }

    private final Runnable beforeReplace;

    public CaseFixer() {
        this(() -> { });
    }

    /** With a step run between reading and replacing the file (tests: an editor saving meanwhile). */
    CaseFixer(Runnable beforeReplace) {
        this.beforeReplace = beforeReplace;
    }

    public Outcome fix(Path file, boolean dryRun) {
        byte[] bytes;
        FileTime readTime;
        try {
            readTime = Files.getLastModifiedTime(file);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return refused(file, "fix.io", String.valueOf(e.getMessage()));
        }
        SourceBytes.Decoded decoded = SourceBytes.decode(bytes);
        if (decoded.text().isEmpty()) {
            return refused(file, decoded.kind() == SourceBytes.Kind.UTF8 || decoded.kind() == SourceBytes.Kind.GBK
                    ? SourceBytes.Kind.UNREADABLE.key() : decoded.kind().key(), "");
        }
        String text = decoded.text().get();
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<Change> changes = new ArrayList<>();
        int bodyStart = 0;
        int open = 0;
        while (open < lines.length - 1 && Fences.isBlank(lines[open])) {
            open++;
        }
        if (lines.length > 0 && (Fences.isFence(lines[open]) || Fences.isImeFence(lines[open]))) {
            int close = -1;
            for (int i = open + 1; i < lines.length; i++) {
                if (Fences.isFence(lines[i]) || Fences.isImeFence(lines[i]) || lines[i].strip().equals("...")) {
                    close = i;
                    break;
                }
            }
            if (close > 0) {
                fence(lines, open, changes);
                if (!lines[close].strip().equals("...")) {
                    fence(lines, close, changes);
                }
                for (int i = open + 1; i < close; i++) {
                    FrontMatterSlips.Repair r = FrontMatterSlips.repair(lines[i]);
                    if (!r.slips().isEmpty()) {
                        changes.add(new Change(i + 1, String.join("+", r.slips()), lines[i], r.line()));
                        lines[i] = r.line();
                    }
                }
                bodyStart = close + 1;
            }
        }
        List<String> body = Arrays.asList(lines).subList(bodyStart, lines.length);
        for (WordArtefacts.Artefact a : WordArtefacts.scan(body, bodyStart + 1)) {
            changes.add(new Change(a.line(), "fix." + a.kind().code(), a.original(), a.repaired()));
            lines[a.line() - 1] = a.repaired();
        }
        String encodingKey = decoded.kind() == SourceBytes.Kind.UTF8 ? null : decoded.kind().key();
        if (changes.isEmpty() && encodingKey == null) {
            return new Outcome(file, null, List.of(), false, Optional.empty(), "");
        }
        changes.sort(java.util.Comparator.comparingInt(Change::line));
        if (dryRun) {
            return new Outcome(file, encodingKey, List.copyOf(changes), false, Optional.empty(), "");
        }
        String fixed = String.join(newline, lines);
        byte[] out = (decoded.bom() ? "\uFEFF" + fixed : fixed).getBytes(StandardCharsets.UTF_8);
        try {
            return write(file, bytes, readTime, out)
                    ? new Outcome(file, encodingKey, List.copyOf(changes), true, Optional.empty(), "")
                    : refused(file, "fix.changed-meanwhile", "");
        } catch (IOException e) {
            return refused(file, "fix.io", String.valueOf(e.getMessage()));
        }
    }

    /** Temp file beside the case, then a move over it; false when the file no longer holds what was read. */
    private boolean write(Path file, byte[] read, FileTime readTime, byte[] out) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".casebook-fix.tmp");
        try {
            Files.write(tmp, out);
            beforeReplace.run();
            if (!Files.getLastModifiedTime(file).equals(readTime) || !Arrays.equals(Files.readAllBytes(file), read)) {
                return false;
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Outcome refused(Path file, String key, String detail) {
        return new Outcome(file, null, List.of(), false, Optional.of(key), detail);
    }

    /** A fence typed with a Chinese input method's dashes, or with spaces around it, written as {@code ---}. */
    private static void fence(String[] lines, int i, List<Change> changes) {
        if (!lines[i].equals("---")) {
            changes.add(new Change(i + 1, "fix.fence", lines[i], "---"));
            lines[i] = "---";
        }
    }
}
