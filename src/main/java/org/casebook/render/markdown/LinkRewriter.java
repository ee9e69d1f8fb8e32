package org.casebook.render.markdown;

import org.casebook.url.UrlPolicy;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;

/**
 * Rewrites the links of one parsed body before it is rendered: a link to another case's file
 * becomes a link to that case's page, a link to a file beside the case becomes a link to its copy in
 * {@code files/}, and a URL with a scheme outside the allow-list is neutralised. Every rewrite
 * that loses something is reported at the link's line and column.
 */
final class LinkRewriter {

    /** From a case page ({@code cases/<slug>/index.html}) back to the site root. */
    static final String CASE_PAGE_TO_ROOT = "../../";

    private final BodySource body;
    private final LinkLookups targets;
    private final Diagnostics diags;
    private final List<Attachment> attachments = new ArrayList<>();
    /** Links to cases this build leaves out; a reference definition among them keeps "#" instead. */
    private final Set<Node> toPlainText = Collections.newSetFromMap(new IdentityHashMap<>());

    LinkRewriter(BodySource body, LinkLookups targets, Diagnostics diags) {
        this.body = body;
        this.targets = targets;
        this.diags = diags;
    }

    List<Attachment> attachments() {
        return attachments;
    }

    void rewrite(Node document) {
        List<Node> nodes = new ArrayList<>();
        collect(document, nodes);
        for (Node node : nodes) {
            if (node instanceof AutoLink || node instanceof MailLink) {
                // the link's text is its URL; getChildChars() is empty for a CommonMark <scheme:...> autolink
                String url = ((com.vladsch.flexmark.ast.DelimitedLinkNode) node).getText().unescape();
                if (!UrlPolicy.isAllowed(url)) {
                    warn(node, "link.unsafe-scheme", url);
                    node.insertBefore(new Text(node.getChars()));
                    node.unlink();
                }
            } else if (node instanceof LinkNodeBase link) {
                String url = link.getUrl().unescape();
                String rewritten = rewriteUrl(node, url, node instanceof Image);
                if (toPlainText.contains(node) && node instanceof Link) {
                    unwrap(node);
                } else if (!rewritten.equals(url)) {
                    link.setUrlChars(BasedSequence.of(rewritten));
                }
            }
        }
    }

    /** Replaces a link by its text, so not even the target's address reaches the page. */
    private static void unwrap(Node link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }

    private static void collect(Node node, List<Node> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link || child instanceof Image || child instanceof Reference
                    || child instanceof AutoLink || child instanceof MailLink) {
                out.add(child);
            }
            collect(child, out);
        }
    }

    private String rewriteUrl(Node node, String url, boolean image) {
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("#")) {
            return u;
        }
        if (isWindowsPath(u)) {
            // C:\Users\…\Desktop\a.png exists on the writer's PC only (its "C:" is no scheme either)
            String name = u.replace('\\', '/').replaceAll("/+$", "");
            name = name.substring(name.lastIndexOf('/') + 1);
            String folder = body.relPath().contains("/") ? body.relPath().substring(0, body.relPath().lastIndexOf('/') + 1) : "";
            error(node, image ? "link.windows-path-image" : "link.windows-path", u, name, folder,
                    (image ? "![" : "[") + linkText(node) + "](" + LinkRewriter.encodeSpaces(name) + ")");
            return "#";
        }
        if (!UrlPolicy.isAllowed(u)) {
            warn(node, "link.unsafe-scheme", u);
            return "#";
        }
        if (UrlPolicy.isExternal(u)) {
            if (image) {
                warn(node, "link.external-image", u);
            }
            return u;
        }
        int cut = firstOf(u, '#', '?');
        String pathPart = cut < 0 ? u : u.substring(0, cut);
        String fragment = u.indexOf('#') < 0 ? "" : u.substring(u.indexOf('#'));
        String decoded;
        try {
            decoded = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            error(node, "link.bad-encoding", u);
            return "#";
        }
        if (!UrlPolicy.isAllowed(decoded)) {
            // %6Aavascript: is only a strange file name to a browser, but it is never what the author meant
            warn(node, "link.unsafe-scheme", u);
            return "#";
        }
        if (decoded.contains("\\") && !decoded.startsWith("/") && !decoded.contains("\0")) {
            // img\a.png: a folder separator typed the Windows way
            error(node, "link.backslash", u, u.replace('\\', '/'));
            return "#";
        }
        if (decoded.startsWith("/") || decoded.contains("\\") || decoded.contains("\0") || decoded.matches("^[A-Za-z]:.*")) {
            error(node, "link.absolute-path", u);
            return "#";
        }
        Path target = body.file().getParent().resolve(decoded).toAbsolutePath().normalize();
        if (!insideCases(target)) {
            error(node, "link.outside", u);
            return "#";
        }
        if (decoded.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
            return caseLink(node, u, target, fragment);
        }
        return fileLink(node, u, target, fragment);
    }

    private String caseLink(Node node, String u, Path target, String fragment) {
        var slug = targets.slugOf(target);
        if (slug.isEmpty()) {
            Optional<Path> meant = targets.meant(target);
            if (meant.isPresent()) {
                String rel = relativeFromCase(meant.get());
                diags.reportWithHint(body.pos(node), org.casebook.diag.Severity.ERROR, "link.missing-case",
                        diags.messages().format("link.missing-case.meant", rel), u);
            } else {
                error(node, "link.missing-case", u);
            }
            return "#";
        }
        if (targets.withheldInternal(slug.get())) {
            warn(node, "link.internal-case", u);
            toPlainText.add(node);
            return "#";
        }
        if (!targets.published(slug.get())) {
            warn(node, "link.unpublished-case", u);
            toPlainText.add(node);
            return "#";
        }
        return "../" + slug.get() + "/index.html" + fragment;
    }

    private String fileLink(Node node, String u, Path target, String fragment) {
        Path asCase = target.resolveSibling(target.getFileName() + ".md");
        LinkLookups.FileKind kind = targets.fileKind(target);
        // [见](../yangpu/chain), [见](产业链党委): a case file without its .md, by name or by title
        Optional<Path> meantCase = kind != LinkLookups.FileKind.MISSING || node instanceof Image
                ? Optional.empty()
                : targets.slugOf(asCase).isPresent() ? Optional.of(asCase) : targets.meant(asCase);
        if (meantCase.isPresent()) {
            diags.reportWithHint(body.pos(node), org.casebook.diag.Severity.ERROR, "link.missing-file",
                    diags.messages().format("link.missing-case.meant", relativeFromCase(meantCase.get())), u);
            return "#";
        }
        switch (kind) {
            case SYMLINK -> error(node, "link.symlink", u);
            case MISSING, NOT_A_FILE -> error(node, node instanceof Image ? "link.missing-image" : "link.missing-file", u);
            case UNREADABLE -> error(node, "link.missing-file", u);
            case OUTSIDE -> error(node, "link.outside", u);
            case FILE -> {
            }
        }
        if (kind != LinkLookups.FileKind.FILE) {
            return "#";
        }
        long mib = node instanceof Image ? targets.largeMibOf(target) : 0;
        if (mib > 0) {
            warn(node, "link.image-large", u, mib);
        }
        String rel = targets.casesRoot().relativize(target).toString().replace('\\', '/');
        String sitePath = "files/" + rel;
        attachments.add(new Attachment(target, sitePath));
        return CASE_PAGE_TO_ROOT + encodePath(sitePath) + fragment;
    }

    /** C:\…, C:/…, \\server\share\…, file:///C:/…: a path on the writer's own computer. */
    static boolean isWindowsPath(String u) {
        return u.matches("^[A-Za-z]:[\\\\/].*") || u.startsWith("\\\\")
                || u.matches("(?i)^file:/*[A-Za-z]:.*");
    }

    /** Spaces in a file name written as a Markdown link target: %20 keeps the link in one piece. */
    static String encodeSpaces(String name) {
        return name.replace(" ", "%20");
    }

    private String linkText(Node node) {
        String text = node instanceof Link l ? l.getText().toString() : node instanceof Image i ? i.getText().toString() : "";
        return text.isBlank() ? diags.messages().format("link.text-placeholder") : text;
    }

    /** How the case being rendered links {@code file}: relative to its own folder, with '/'. */
    private String relativeFromCase(Path file) {
        return body.file().toAbsolutePath().normalize().getParent().relativize(file).toString().replace('\\', '/');
    }

    private boolean insideCases(Path target) {
        return target.startsWith(targets.casesRoot()) && !target.equals(targets.casesRoot());
    }

    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("/")) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private void warn(Node node, String key, Object... args) {
        diags.warning(body.pos(node), key, args);
    }

    private void error(Node node, String key, Object... args) {
        diags.error(body.pos(node), key, args);
    }
}
