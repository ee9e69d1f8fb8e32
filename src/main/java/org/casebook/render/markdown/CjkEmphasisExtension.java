package org.casebook.render.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Replaces flexmark's {@code *} processor with {@link CjkEmphasisProcessor}. */
final class CjkEmphasisExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new CjkEmphasisProcessor());
    }
}
