package org.casebook.render.output;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * HTML that Java code vouches for, handed to templates as FreeMarker markup so no template needs
 * {@code ?no_esc}: a case body that already went through the cleaner (re-pointed for another page),
 * and SVG drawn by this project with every text escaped. Nothing else may be wrapped here.
 */
final class TrustedHtml {

    private TrustedHtml() {
    }

    static TemplateHTMLOutputModel of(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
