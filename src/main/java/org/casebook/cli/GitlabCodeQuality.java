package org.casebook.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.DiagnosticsJson;

/**
 * Diagnostics as a GitLab Code Quality report (a JSON array of issues), so that a merge request shows
 * each problem inline on the changed line. Paths are relative to the repository root: the folder the
 * check runs in, as a CI job does.
 */
final class GitlabCodeQuality {

    private GitlabCodeQuality() {
    }

    static String format(List<Diagnostic> diagnostics, String pathPrefix) {
        StringBuilder sb = new StringBuilder(16 + diagnostics.size() * 300).append('[');
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            String path = pathPrefix + d.pos().file();
            String description = d.hint().isEmpty() ? d.message() : d.message() + " — " + d.hint();
            sb.append(i == 0 ? "\n" : ",\n")
                    .append("{\"description\":").append(DiagnosticsJson.string(description))
                    .append(",\"check_name\":").append(DiagnosticsJson.string(d.code()))
                    .append(",\"fingerprint\":").append(DiagnosticsJson.string(fingerprint(d, path)))
                    .append(",\"severity\":").append(DiagnosticsJson.string(d.isError() ? "critical" : "minor"))
                    .append(",\"location\":{\"path\":").append(DiagnosticsJson.string(path))
                    .append(",\"lines\":{\"begin\":").append(Math.max(1, d.pos().line())).append("}}}");
        }
        return sb.append(diagnostics.isEmpty() ? "]" : "\n]").toString();
    }

    /**
     * GitLab matches issues between the base and the head of a merge request by fingerprint: it is made
     * of what the problem is and where, so the same problem keeps its fingerprint across runs.
     */
    private static String fingerprint(Diagnostic d, String path) {
        String key = String.join("\u0000", path, Integer.toString(d.pos().line()), Integer.toString(d.pos().column()),
                d.code(), d.message());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
