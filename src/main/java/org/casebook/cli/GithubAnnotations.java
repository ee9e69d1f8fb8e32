package org.casebook.cli;

import java.util.List;
import org.casebook.diag.Diagnostic;

/**
 * Diagnostics as GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::message}),
 * one line each, which a workflow run shows as annotations on the pull request's files.
 */
final class GithubAnnotations {

    private GithubAnnotations() {
    }

    static String format(List<Diagnostic> diagnostics, String pathPrefix) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append("::").append(d.isError() ? "error" : "warning")
                    .append(" file=").append(property(pathPrefix + d.pos().file()));
            if (d.pos().line() > 0) {
                sb.append(",line=").append(d.pos().line());
                if (d.pos().column() > 0) {
                    sb.append(",col=").append(d.pos().column());
                }
            }
            sb.append(",title=").append(property(d.code()))
                    .append("::").append(data(d.hint().isEmpty() ? d.message() : d.message() + " — " + d.hint()))
                    .append('\n');
        }
        return sb.toString();
    }

    /** The escaping the runner undoes in a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping the runner undoes in a property value, where ':' and ',' are separators. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
