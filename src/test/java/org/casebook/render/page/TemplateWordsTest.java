package org.casebook.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.casebook.diag.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What FreeMarker raises for a theme customiser's common mistakes, said in the knowledge base's language. */
class TemplateWordsTest {

    private static final Map<String, Object> MODEL = Map.of("site", Map.of("title", "经验库"), "page", Map.of("title", "标题"));

    /** FreeMarker's one line for {@code source}, as Templates passes it on. */
    private static String freemarkerSays(String source) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);
        try {
            new Template("t.ftlh", new StringReader(source), cfg).process(MODEL, new StringWriter());
            return "(no error)";
        } catch (freemarker.core.ParseException e) {
            return Templates.summary(e.getEditorMessage());
        } catch (TemplateException e) {
            return Templates.summary(e.getMessageWithoutStackTop());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "${site.organisation}                  | “site.organisation” 的值为空或不存在",
        "<#if site.title??>x                   | 模板到结尾还有没闭合的 <#if>：缺少 </#if>",
        "<#list site.title as t>${t}</#list>   | 这里需要列表（sequence），但 “site.title” 是文字（string）",
        "${page.title.name}                    | 这里需要对象（hash），但 “page.title” 是文字（string）",
        "${site.title + }                      | 语法错误：这里不应出现 “}”",
        "<#iff site.title??>x</#iff>           | 没有 <#iff> 这个指令：FreeMarker 的指令有 #if、#list、#assign、#include 等"})
    void commonMistakesAreSaidInChinese(String source, String expected) throws IOException {
        String raw = freemarkerSays(source.strip());
        assertEquals(expected.strip(), TemplateWords.say(raw, Messages.forLanguage("zh-CN")), raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"${site.title?foo}"})
    void anythingElseIsPassedOnAsFreeMarkerWroteIt(String source) throws IOException {
        String raw = freemarkerSays(source.strip());
        assertEquals(raw, TemplateWords.say(raw, Messages.forLanguage("zh-CN")));
    }
}
