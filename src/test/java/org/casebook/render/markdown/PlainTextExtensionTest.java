package org.casebook.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextExtensionTest {

    private static final String[] PIECES = {"党员", "教育", "园区", " ", "\n", "\r\n", "\r", "\n\n", "&", "&amp;", "&#x4E2D;",
        "&copy;", "<", ">", "\"", "'", "\\", "\\*", "\\&", "*强调*", "**加粗**", "~~删~~", "`代码 & <b>`", "[链接](https://a.example/?x=1&y=2 \"题\")",
        "<span>内联</span>", "# 标题", "- 列表", "1. 序号", "> 引用", "| 表 | 头 |\n|---|---|\n| a & b | <c> |", "脚注[^1]", "\n[^1]: 注 & 释\n",
        "，", "。", "“引号”", "A", "5G", "    缩进", "```\n代码块 & <x>\n```", "—", "\t"};

    private static String randomMarkdown(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(60);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static String html(String markdown, boolean plainText) {
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), new CjkEmphasisExtension()));
        if (plainText) {
            extensions.add(new PlainTextExtension());
        }
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void rendersEveryDocumentAsFlexmarkDoes() {
        Random r = new Random(11);
        int withSpecials = 0;
        for (int i = 0; i < 3000; i++) {
            String markdown = randomMarkdown(r);
            String expected = html(markdown, false);
            assertEquals(expected, html(markdown, true), () -> "markdown: " + markdown);
            if (expected.contains("&amp;") || expected.contains("&lt;") || expected.contains("&quot;")) {
                withSpecials++;
            }
        }
        // the documents reached the slow path too, not only the plain one
        assertNotEquals(0, withSpecials);
    }

    @Test
    void aTextNeedingNoPassIsItselfAndAnyOtherIsLeftToFlexmark() {
        assertEquals("党员教育 5G", PlainTextExtension.plain(com.vladsch.flexmark.util.sequence.BasedSequence.of("党员教育 5G")));
        for (String s : List.of("a\\b", "a&b", "a\rb", "a<b", "a>b", "a\"b")) {
            assertEquals(null, PlainTextExtension.plain(com.vladsch.flexmark.util.sequence.BasedSequence.of(s)), s);
        }
    }
}
