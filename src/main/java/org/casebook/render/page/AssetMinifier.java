package org.casebook.render.page;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;

/**
 * The theme's scripts and style sheets as the site ships them: without comments and needless
 * whitespace (a reader's first search loads search.js and style.css before anything else). The
 * readable files stay in {@code templates/}; the same input always gives the same bytes. A file that
 * is not UTF-8 or that a minifier does not vouch for is shipped as it is.
 */
public final class AssetMinifier {

    private AssetMinifier() {
    }

    /**
     * The bytes a site ships for {@code asset}. Only the default theme's own files are minified: a
     * knowledge base's own scripts and styles (a library with its licence header, say) ship as written.
     */
    public static byte[] ship(String asset, byte[] content) {
        if (!Theme.DEFAULT_ASSETS.contains(asset)) {
            return content;
        }
        String name = asset.toLowerCase(Locale.ROOT);
        boolean js = name.endsWith(".js") && !name.endsWith(".min.js");
        boolean css = name.endsWith(".css") && !name.endsWith(".min.css");
        if (!js && !css) {
            return content;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return content;
        }
        Optional<String> small = js ? JsMinifier.minify(text) : CssMinifier.minify(text);
        return small.map(s -> s.getBytes(StandardCharsets.UTF_8)).filter(b -> b.length < content.length).orElse(content);
    }
}
