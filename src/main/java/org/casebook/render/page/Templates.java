package org.casebook.render.page;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.io.Utf8Buffer;

/**
 * FreeMarker, configured so that a template can neither run code nor leak a stack trace:
 * HTML auto-escaping for every template, no {@code ?new} of arbitrary classes, no {@code ?api},
 * errors rethrown to the build (which reports them with template file and line) instead of being
 * printed into the page.
 */
public final class Templates {

    private final Configuration cfg;

    public Templates(Theme theme) {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        theme.overrideDir().ifPresent(dir -> {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        loaders.add(new ClassTemplateLoader(Templates.class, Theme.CLASSPATH_ROOT));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(wrapper.build());
    }

    /**
     * Parses the page frame and the case page ahead of use (a build prepares its templates on a
     * thread of its own). A problem is left for the render that meets it to report.
     */
    public Templates preload() {
        for (String name : List.of("layout.ftlh", "case.ftlh")) {
            try {
                cfg.getTemplate(name);
            } catch (IOException e) {
                // reported with file and line when a page uses the template
            }
        }
        return this;
    }

    /** Renders a template; a template problem becomes a {@link TemplateProblem} naming file and line. */
    public String render(String name, Object model) throws TemplateProblem {
        StringWriter out = new StringWriter(16 * 1024);
        renderInMemory(name, model, out);
        return out.toString();
    }

    /** {@link #render(String, Object)} as the bytes of a UTF-8 file, encoded as the template writes. */
    public byte[] renderUtf8(String name, Object model) throws TemplateProblem {
        Utf8Buffer out = new Utf8Buffer(24 * 1024);
        renderInMemory(name, model, out);
        return out.toByteArray();
    }

    private void renderInMemory(String name, Object model, java.io.Writer out) throws TemplateProblem {
        try {
            render(name, model, out);
        } catch (IOException e) {
            throw new IllegalStateException("a writer in memory does not fail", e);
        }
    }

    /**
     * Renders a template into {@code out}. A problem of the template is a {@link TemplateProblem}; a
     * failure of {@code out} itself (a full disk) stays an {@link IOException}, to be reported as such.
     */
    public void render(String name, Object model, java.io.Writer out) throws TemplateProblem, IOException {
        Template t = template(name);
        try {
            t.process(model, out);
        } catch (TemplateException e) {
            // an #include of a partial that does not parse fails as "Template inclusion failed" at the
            // #include's line: the partial's own file, line and reason are in the cause
            freemarker.core.ParseException included = parseCause(e);
            if (included != null) {
                throw problem(name, included);
            }
            String file = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            throw new TemplateProblem("templates/" + file, line, column, summary(e.getMessageWithoutStackTop()));
        } catch (freemarker.core.ParseException | freemarker.template.TemplateNotFoundException e) {
            // an #import or #include reached while rendering
            throw problem(name, e);
        }
    }

    private Template template(String name) throws TemplateProblem {
        try {
            return cfg.getTemplate(name);
        } catch (IOException e) {
            throw problem(name, e);
        }
    }

    private static freemarker.core.ParseException parseCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof freemarker.core.ParseException p) {
                return p;
            }
        }
        return null;
    }

    private static TemplateProblem problem(String name, IOException e) {
        // a template that failed to parse once fails again as "an error loading the template on an
        // earlier attempt" (FreeMarker caches the failure): the parse error is its cause
        freemarker.core.ParseException cause = parseCause(e);
        if (cause != null) {
            return problem(name, cause);
        }
        if (e instanceof freemarker.core.ParseException p) {
            return new TemplateProblem("templates/" + (p.getTemplateName() == null ? name : p.getTemplateName()),
                    p.getLineNumber(), p.getColumnNumber(), firstLine(p.getEditorMessage()));
        }
        if (e instanceof freemarker.template.TemplateNotFoundException) {
            return new TemplateProblem("templates/" + name, 0, 0, "template not found");
        }
        return new TemplateProblem("templates/" + name, 0, 0, e.getMessage());
    }

    /** The line FreeMarker marks the failing expression with: {@code ==> page.x  [in template …]}. */
    private static final Pattern BLAMED =
            Pattern.compile("(?m)^==> (.+?)(?:\\s+\\[in template .*)?$");

    /**
     * FreeMarker's first line, with the expression it is about when the message names one on a line of
     * its own ("The following has evaluated to null or missing:" alone does not say what to fix).
     */
    static String summary(String s) {
        String first = firstLine(s);
        Matcher m = BLAMED.matcher(s == null ? "" : s);
        if (!m.find()) {
            return first;
        }
        String expr = m.group(1).strip();
        return first.endsWith(":") ? first + " " + expr : first + " (" + expr + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

    /** A template failed: where, and FreeMarker's own one-line description. */
    public static final class TemplateProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final int line;
        private final int column;

        TemplateProblem(String file, int line, int column, String detail) {
            super(detail, null, false, false);
            this.file = file;
            this.line = line;
            this.column = column;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }
}
