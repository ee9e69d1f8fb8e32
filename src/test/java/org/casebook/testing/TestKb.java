package org.casebook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small knowledge base written into a temporary folder by a test: a fixed vocabulary (three parks,
 * three themes, three methods, with aliases) and whatever case files the test adds.
 */
public final class TestKb {

    public static final String CONFIG = """
            title: 测试经验库
            description: 测试用知识库
            language: zh-CN
            taxonomies:
              park:
                - name: 洋浦经济开发区
                  slug: yangpu
                  aliases: [洋浦, 洋浦开发区]
                - name: 海口江东新区
                  slug: jiangdong
                  aliases: [江东新区]
                - name: 三亚中央商务区
                  slug: sanya-cbd
                  aliases: [三亚CBD]
              theme:
                - name: 组织建设
                  slug: organization
                - name: 党员教育
                  slug: member-education
                  aliases: [党员教育管理]
                - name: 积分管理
                  slug: points
                  aliases: [积分制度]
              method:
                - name: 经验介绍
                  slug: experience
                - name: 现场会
                  slug: onsite-meeting
                  aliases: [观摩会]
                - name: 线上分享
                  slug: online-sharing
            """;

    private final Path dir;

    private TestKb(Path dir) {
        this.dir = dir;
    }

    /** A knowledge base in {@code dir} with the standard test vocabulary and no cases yet. */
    public static TestKb create(Path dir) {
        TestKb kb = new TestKb(dir);
        kb.file("casebook.yml", CONFIG);
        kb.dir("cases");
        return kb;
    }

    public Path dir() {
        return dir;
    }

    public Path site() {
        return dir.resolve("site");
    }

    /** Adds a case with the given front matter lines (without the --- fences) and body. */
    public TestKb addCase(String relPath, String frontMatter, String body) {
        return file("cases/" + relPath, "---\n" + frontMatter.strip() + "\n---\n\n" + body);
    }

    /** A valid case with sensible defaults. */
    public TestKb addCase(String slug, String title, String park, String theme, String method, String date) {
        return addCase(slug + ".md", "title: " + title + "\npark: " + park + "\ntheme: " + theme + "\nmethod: " + method
                + "\ndate: " + date + "\nsummary: " + title + "的摘要。", "## 背景\n\n" + title + "的正文。\n");
    }

    public TestKb file(String relPath, String content) {
        return bytes(relPath, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestKb bytes(String relPath, byte[] content) {
        try {
            Path p = dir.resolve(relPath);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestKb dir(String relPath) {
        try {
            Files.createDirectories(dir.resolve(relPath));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String sitePath) {
        try {
            return Files.readString(site().resolve(sitePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
