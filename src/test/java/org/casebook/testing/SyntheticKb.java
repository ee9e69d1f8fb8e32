package org.casebook.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large synthetic knowledge base for benchmarks and scale tests: the sample vocabulary (13 parks),
 * and N cases whose front matter follows the contract and whose bodies look like real ones
 * (1,500–3,500 Han characters, 3–6 headings, a list, sometimes a table and a link to an earlier
 * case). Deterministic: case i depends only on (seed, i).
 */
public final class SyntheticKb {

    private static final String[] PHRASES = {
        "园区党工委坚持以高质量党建引领高质量发展", "把党组织建在产业链上", "推动党建工作与业务工作深度融合",
        "建立健全联系服务企业工作机制", "组织党员骨干深入企业走访调研", "帮助企业解决用工、融资、审批等难题",
        "定期召开党建联席会议", "发挥党员先锋模范作用", "设立党员示范岗和党员责任区", "开展主题党日活动",
        "推行积分制管理", "建立流动党员服务站", "依托智慧党建平台开展线上学习", "形成可复制可推广的经验做法",
        "企业党组织覆盖率明显提升", "党员队伍结构不断优化", "营商环境持续改善", "群众满意度显著提高",
        "通过现场观摩互学互鉴", "以强带弱、结对帮带", "把服务送到企业门口", "做到有阵地、有活动、有制度、有保障",
    };
    private static final String[] HEADINGS = {"背景", "主要做法", "工作成效", "经验启示", "下一步打算", "典型事例"};

    private SyntheticKb() {
    }

    /** Writes {@code casebook.yml} and {@code count} cases into {@code dir}; returns the case files' slugs. */
    public static List<String> generate(Path dir, int count, long seed) {
        try {
            Files.createDirectories(dir.resolve("cases"));
            String config;
            try (InputStream in = SyntheticKb.class.getResourceAsStream("/bench/casebook.yml")) {
                config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("casebook.yml"), config);
            List<String> parks = names(config, "park", "theme");
            List<String> themes = names(config, "theme", "method");
            List<String> methods = names(config, "method", null);
            List<String> slugs = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String slug = String.format("case-%05d", i);
                slugs.add(slug);
                Path file = dir.resolve("cases").resolve(String.format("batch-%03d", i / 500)).resolve(slug + ".md");
                Files.createDirectories(file.getParent());
                Files.writeString(file, caseText(new Random(seed * 1_000_003L + i), i, parks, themes, methods));
            }
            return slugs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String caseText(Random r, int i, List<String> parks, List<String> themes, List<String> methods) {
        String park = parks.get(Math.min(parks.size() - 1, (int) (Math.abs(r.nextGaussian()) * 4)));
        String theme1 = themes.get(r.nextInt(themes.size()));
        String theme2 = themes.get(r.nextInt(themes.size()));
        String method = methods.get(r.nextInt(methods.size()));
        StringBuilder sb = new StringBuilder(8_000);
        sb.append("---\n")
                .append("title: ").append(park).append("案例").append(i).append("：").append(pick(r)).append('\n')
                .append("park: ").append(park).append('\n')
                .append("theme: [").append(theme1).append(theme1.equals(theme2) ? "" : ", " + theme2).append("]\n")
                .append("method: ").append(method).append('\n')
                .append(String.format("date: %d-%02d-%02d%n", 2019 + r.nextInt(6), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                .append("summary: ").append(pick(r)).append("，").append(pick(r)).append("。\n")
                .append("unit: ").append(park).append("党工委\n")
                .append("keywords: [").append(pick(r).substring(0, 4)).append(", ").append(pick(r).substring(0, 4)).append("]\n")
                .append("---\n\n");
        int sections = 3 + r.nextInt(4);
        for (int s = 0; s < sections; s++) {
            sb.append("## ").append(s + 1).append("、").append(HEADINGS[s % HEADINGS.length]).append("\n\n");
            for (int p = 0; p < 2 + r.nextInt(3); p++) {
                for (int k = 0; k < 4 + r.nextInt(5); k++) {
                    sb.append(pick(r)).append(k % 3 == 2 ? "。" : "，");
                }
                sb.append("**").append(pick(r)).append("**。\n\n");
            }
            if (s == 1) {
                for (int k = 0; k < 4; k++) {
                    sb.append("- ").append(pick(r)).append("；\n");
                }
                sb.append('\n');
            }
            if (s == 2 && r.nextInt(4) == 0) {
                sb.append("| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 党组织数 | ").append(10 + r.nextInt(90))
                        .append(" | ").append(20 + r.nextInt(90)).append(" |\n\n");
            }
        }
        if (i > 1 && r.nextInt(3) == 0) {
            int target = 1 + r.nextInt(i - 1);
            sb.append("相关案例：[").append("案例").append(target).append("](../")
                    .append(String.format("batch-%03d/case-%05d.md", target / 500, target)).append(")\n");
        }
        return sb.toString();
    }

    private static String pick(Random r) {
        return PHRASES[r.nextInt(PHRASES.length)];
    }

    /** The canonical names listed between {@code  kind:} and the next kind in the sample configuration. */
    private static List<String> names(String config, String kind, String next) {
        int from = config.indexOf("  " + kind + ":");
        int to = next == null ? config.length() : config.indexOf("  " + next + ":", from);
        Matcher m = Pattern.compile("- name: (\\S+)").matcher(config.substring(from, to));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
