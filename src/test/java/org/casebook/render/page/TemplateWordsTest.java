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
        // as Templates sets it up: a theme may not create Java objects
        cfg.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
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
        "<#iff site.title??>x</#iff>           | 没有 <#iff> 这个指令：FreeMarker 的指令有 #if、#list、#assign、#include 等",
        "${site.title                          | 模板到结尾还有没闭合的 “{”：检查 ${…}、括号和引号是否成对",
        "<#if site.title??                     | 模板在指令或表达式中间就结束了：检查最后一个 <#…> 或 ${…} 是否写完整",
        "${site}                               | 这里需要能显示为文字的值（文字、数字、日期或真假值），但 “site” 是对象（hash）",
        "<#if site.title??>x</@l.page>         | 这里出现了 “</@l.page>”，但在它之前要先闭合 <#if>：缺少 </#if>，或标签嵌套有误",
        "${site.title?upper_cas}               | 没有 ?upper_cas 这个内置函数：请检查拼写（如 ?upper_case、?trim、?html）",
        "${'abc'?number}                       | 文字 \"abc\" 不能转换为数字",
        "<#list site as k>${k}</#list>         | 要用 #list 列出对象（hash）的内容，需要写两个循环变量，例如 <#list … as 键, 值>",
        "<#assign o = 'freemarker.template.utility.Execute'?new()>${o('ls')} | 出于安全考虑，模板中不能创建 Java 对象（freemarker.template.utility.Execute）"})
    void commonMistakesAreSaidInChinese(String source, String expected) throws IOException {
        String raw = freemarkerSays(source.strip());
        assertEquals(expected.strip(), TemplateWords.say(raw, Messages.forLanguage("zh-CN")), raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"${(site.title)[5]}"})
    void anythingElseIsPassedOnAsFreeMarkerWroteIt(String source) throws IOException {
        String raw = freemarkerSays(source.strip());
        assertEquals(raw, TemplateWords.say(raw, Messages.forLanguage("zh-CN")));
    }
}
