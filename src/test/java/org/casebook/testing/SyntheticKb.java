package org.casebook.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic knowledge base of N Chinese case studies for benchmarks and the scale test:
 * the 13 key parks, ten themes and five methods (skewed weights, some values written as aliases), and
 * bodies of roughly 1,500–3,500 Han characters with headings, lists, tables, emphasis between Han
 * characters, inline code and links to earlier cases. Case {@code i} depends only on (seed, i), so a
 * small corpus is a prefix of a large one.
 *
 * <pre>java -cp target/test-classes org.casebook.testing.SyntheticKb --count 10000 --kb /tmp/kb10k [--seed 7]</pre>
 */
public final class SyntheticKb {

    /** name, slug, weight, aliases. */
    private record Term(String name, String slug, double weight, List<String> aliases) {
    }

    private static final List<Term> PARKS = List.of(
            t("洋浦经济开发区", "yangpu", 30, "洋浦", "洋浦开发区"),
            t("海口江东新区", "jiangdong", 18, "江东新区"),
            t("海南生态软件园", "software-park", 12, "生态软件园"),
            t("三亚崖州湾科技城", "yazhouwan", 10, "崖州湾科技城", "崖州湾"),
            t("海口复兴城互联网信息产业园", "fuxing", 8, "复兴城"),
            t("海口国家高新技术产业开发区", "haikou-hitech", 6, "海口高新区"),
            t("海口综合保税区", "haikou-bonded", 5, "海口综保区"),
            t("博鳌乐城国际医疗旅游先行区", "boao-lecheng", 4, "博鳌乐城"),
            t("文昌国际航天城", "wenchang-space", 3, "文昌航天城"),
            t("三亚中央商务区", "sanya-cbd", 2.5, "三亚CBD"),
            t("陵水黎安国际教育创新试验区", "lian-education", 1.5, "黎安试验区"),
            t("东方临港产业园", "dongfang-lingang", 1.2, "东方临港"),
            t("临高金牌港开发区", "lingao-jinpaigang", 0.8, "金牌港"));
    private static final List<Term> THEMES = List.of(
            t("组织建设", "organization", 20, "组织覆盖"),
            t("党员教育", "member-education", 16, "党员教育管理"),
            t("服务企业", "serving-enterprises", 15, "政企服务"),
            t("产业链党建", "industrial-chain", 11, "产业链党委"),
            t("清单管理", "three-lists", 9, "三张清单"),
            t("积分管理", "points", 8, "积分制度", "积分制"),
            t("智慧党建", "smart-party-building", 8, "数字党建"),
            t("结对帮带", "pairing", 6, "结对共建"),
            t("创新发展", "innovation", 5, "党建创新"),
            t("流动党员管理", "mobile-members", 2, "流动党员"));
    private static final List<Term> METHODS = List.of(
            t("经验介绍", "experience", 40, "经验交流"),
            t("案例分析", "case-analysis", 25, "案例剖析"),
            t("现场会", "onsite-meeting", 15, "现场观摩", "观摩会"),
            t("线上分享", "online-sharing", 15, "云分享"),
            t("联学共建", "joint-learning", 5, "联学联建"));

    private static final String[] OPENERS = {"近年来，", "自海南自由贸易港建设全面实施以来，", "围绕全岛封关运作准备，",
        "针对园区企业类型多、党员流动性大的实际，", "为破解非公企业党建“最后一公里”难题，", "按照“党建引领、服务发展”的工作思路，",
        "聚焦企业急难愁盼问题，", "坚持问题导向和目标导向相结合，", "", ""};
    private static final String[] SUBJECTS = {"园区党工委", "园区综合党委", "各企业党组织", "产业链党委", "园区党群服务中心",
        "驻企党建指导员", "各党支部书记", "园区管理局", "青年党员突击队", "园区行业党委"};
    private static final String[] ACTIONS = {
        "坚持“应建尽建、应管尽管”，推动党的组织和党的工作向新落户企业延伸",
        "采取单独组建、联合组建、挂靠组建等方式，新建企业党组织{n}个",
        "选派{n}名机关干部担任企业党建指导员，实行“一企一策”精准指导",
        "依托园区党群服务中心开设“自贸港大讲堂”，累计举办专题讲座{n}期",
        "组织党员围绕《海南自由贸易港法》开展专题学习，覆盖党员{N}人次",
        "推行“线上+线下”双轨学习模式，利用党员教育平台开展经常性学习",
        "建立“党建+服务”专员制度，为企业提供政策咨询、项目申报等“一对一”服务",
        "在党群服务中心设立企业服务窗口，集中受理企业诉求{N}件，办结率达{pct}%",
        "围绕重点产业链组建产业链党委，吸纳上下游企业党组织{n}个",
        "推行“链长+链主+党组织”协同机制，推动产业链上下游协作配套",
        "建立问题清单、资源清单、任务清单“三张清单”，实行清单化管理",
        "把年度重点工作分解为任务清单{n}项，实行挂图作战、对账销号",
        "实行党员积分制度，把学习、服务、业绩量化为积分并按月公示",
        "将积分结果与评先评优、发展党员挂钩，激发党员干事创业的内生动力",
        "建设智慧党建平台，实现党员信息、组织生活、学习情况线上管理",
        "组织先进党支部与后进党支部结对共建，帮带提升支部组织力",
        "对流动党员实行“双向管理”，由流出地和流入地党组织共同教育管理",
        "建立流动党员信息台账，定期推送学习资料，确保流动党员离乡不离党",
        "召开现场会推广典型经验，组织各园区党组织书记现场观摩学习",
        "推动党建工作与生产经营深度融合，设立党员先锋岗{n}个",
        "开展“党建联企、服务助企”专项行动，走访企业{N}家次",
        "每季度召开党建联席会议，研究解决企业发展中的难点问题"};
    private static final String[] RESULTS = {"党组织覆盖率提升至{pct}%", "企业满意度达到{pct}%",
        "累计解决企业诉求{N}件", "新发展党员{n}名", "形成可复制推广的经验做法{m}条", "带动企业新增产值{N}万元",
        "党员参学率达{pct}%", "流动党员联系率达到{pct}%"};
    private static final String[] HEADINGS = {"工作背景", "主要做法", "创新举措", "机制保障", "工作成效", "经验启示",
        "存在问题", "下一步打算", "典型事例"};
    private static final String[] EMPHASIS = {"“三张清单”", "党建引领", "一企一策", "积分制度", "产业链党组织", "流动党员",
        "现场会", "党员教育"};

    private SyntheticKb() {
    }

    public static void main(String[] args) throws IOException {
        int count = 1000;
        Path kb = null;
        long seed = 7;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--kb" -> kb = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("usage: SyntheticKb --count N --kb DIR [--seed S]");
            }
        }
        if (kb == null) {
            throw new IllegalArgumentException("usage: SyntheticKb --count N --kb DIR [--seed S]");
        }
        write(kb, count, seed);
    }

    /** Writes {@code casebook.yml} and {@code cases/case-NNNNNN.md} for cases 1..count into {@code kb}. */
    public static void write(Path kb, int count, long seed) {
        try {
            Files.createDirectories(kb.resolve("cases"));
            Files.writeString(kb.resolve("casebook.yml"), config());
            for (int i = 1; i <= count; i++) {
                Path file = kb.resolve("cases").resolve(slug(i) + ".md");
                try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    w.write(caseText(i, seed));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a case file of {@code kb} links to the case {@code slug} (synthetic cases link to earlier
     * ones): a case nobody links to can be removed without breaking the build.
     */
    public static boolean isLinked(Path kb, String slug) {
        try (java.util.stream.Stream<Path> files = Files.list(kb.resolve("cases"))) {
            for (Path f : files.toList()) {
                if (Files.readString(f).contains(slug + ".md")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String slug(int i) {
        return String.format("case-%06d", i);
    }

    static String config() {
        StringBuilder sb = new StringBuilder();
        sb.append("title: 海南自贸港重点园区党建经验库（基准）\ndescription: 合成的基准知识库\nlanguage: zh-CN\ntaxonomies:\n");
        vocab(sb, "park", PARKS);
        vocab(sb, "theme", THEMES);
        vocab(sb, "method", METHODS);
        return sb.toString();
    }

    private static void vocab(StringBuilder sb, String kind, List<Term> terms) {
        sb.append("  ").append(kind).append(":\n");
        for (Term t : terms) {
            sb.append("    - name: ").append(t.name()).append("\n      slug: ").append(t.slug())
                    .append("\n      aliases: [").append(String.join(", ", t.aliases())).append("]\n");
        }
    }

    public static String caseText(int i, long seed) {
        Random r = new Random(seed * 1_000_003L + i);
        Term park = pick(r, PARKS);
        List<Term> themes = pickSome(r, THEMES, 1 + r.nextInt(2));
        List<Term> methods = pickSome(r, METHODS, 1 + r.nextInt(2));
        String mainTheme = themes.get(0).name();
        String title = shortName(park) + "以" + EMPHASIS[r.nextInt(EMPHASIS.length)].replace("“", "").replace("”", "")
                + "推动" + mainTheme + "的实践（" + i + "）";
        StringBuilder sb = new StringBuilder(12_000);
        sb.append("---\ntitle: ").append(title).append('\n');
        sb.append("park: [").append(value(r, park)).append("]\n");
        sb.append("theme: [").append(String.join(", ", themes.stream().map(t -> value(r, t)).toList())).append("]\n");
        sb.append("method: [").append(String.join(", ", methods.stream().map(t -> value(r, t)).toList())).append("]\n");
        sb.append(String.format("date: %d-%02d-%02d%n", 2019 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        sb.append("summary: ").append(park.name()).append("围绕").append(mainTheme).append("，")
                .append(fill(r, ACTIONS[r.nextInt(ACTIONS.length)])).append("。\n");
        sb.append("unit: ").append(park.name()).append("党工委\n");
        sb.append("keywords: [").append(mainTheme).append(", ").append(shortName(park)).append("]\n");
        sb.append("---\n\n");
        int targetHan = 1200 + r.nextInt(1800);
        int han = 0;
        int sections = 2 + r.nextInt(3);
        int s = 0;
        while (s < sections || han < targetHan) {
            String heading = HEADINGS[(2 * s + r.nextInt(2)) % HEADINGS.length];
            sb.append("## ").append(heading).append("\n\n");
            int paragraphs = 1 + r.nextInt(2);
            for (int p = 0; p < paragraphs; p++) {
                String para = paragraph(r, park, mainTheme);
                han += hanCount(para);
                sb.append(para).append("\n\n");
            }
            switch (r.nextInt(4)) {
                case 0 -> {
                    for (int k = 0; k < 3 + r.nextInt(3); k++) {
                        String item = fill(r, ACTIONS[r.nextInt(ACTIONS.length)]);
                        han += hanCount(item);
                        sb.append("- ").append(item).append("；\n");
                    }
                    sb.append('\n');
                }
                case 1 -> {
                    sb.append("| 指标 | 年初 | 年末 |\n|---|---:|---:|\n");
                    for (int k = 0; k < 3; k++) {
                        sb.append("| ").append(RESULTS[r.nextInt(RESULTS.length)].replaceAll("\\{.*", "").replace("达到", ""))
                                .append(" | ").append(r.nextInt(100)).append(" | ").append(50 + r.nextInt(50)).append(" |\n");
                    }
                    sb.append('\n');
                }
                case 2 -> {
                    if (i > 1) {
                        int other = 1 + r.nextInt(i - 1);
                        sb.append("相关做法可[参见").append(shortName(park)).append("的经验](").append(slug(other))
                                .append(".md)，两地可以对照学习。\n\n");
                    }
                }
                default -> sb.append("平台入口为 `dangjian.example.cn`，相关台账按月更新。\n\n");
            }
            s++;
        }
        return sb.toString();
    }

    private static String paragraph(Random r, Term park, String theme) {
        StringBuilder sb = new StringBuilder();
        sb.append(OPENERS[r.nextInt(OPENERS.length)]).append(park.name()).append(SUBJECTS[r.nextInt(SUBJECTS.length)]);
        int n = 2 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            sb.append(k == 0 ? "" : "；").append(fill(r, ACTIONS[r.nextInt(ACTIONS.length)]));
        }
        sb.append("。通过").append(theme).append("工作的持续推进，").append(fill(r, RESULTS[r.nextInt(RESULTS.length)]))
                .append("，");
        // emphasis between Han characters, the case CommonMark's flanking rules get wrong for Chinese
        sb.append("突出了**").append(EMPHASIS[r.nextInt(EMPHASIS.length)]).append("**的作用，")
                .append(fill(r, RESULTS[r.nextInt(RESULTS.length)])).append("。");
        return sb.toString();
    }

    private static String fill(Random r, String s) {
        return s.replace("{n}", Integer.toString(2 + r.nextInt(29)))
                .replace("{m}", Integer.toString(3 + r.nextInt(10)))
                .replace("{N}", Integer.toString(50 + r.nextInt(851)))
                .replace("{pct}", Integer.toString(60 + r.nextInt(40)));
    }

    private static int hanCount(String s) {
        int c = 0;
        for (int k = 0; k < s.length(); k++) {
            if (Character.UnicodeScript.of(s.charAt(k)) == Character.UnicodeScript.HAN) {
                c++;
            }
        }
        return c;
    }

    private static String value(Random r, Term t) {
        return r.nextInt(10) == 0 ? t.aliases().get(r.nextInt(t.aliases().size())) : t.name();
    }

    private static String shortName(Term park) {
        return park.aliases().get(0);
    }

    private static Term pick(Random r, List<Term> terms) {
        double total = terms.stream().mapToDouble(Term::weight).sum();
        double x = r.nextDouble() * total;
        for (Term t : terms) {
            x -= t.weight();
            if (x < 0) {
                return t;
            }
        }
        return terms.get(terms.size() - 1);
    }

    private static List<Term> pickSome(Random r, List<Term> terms, int n) {
        Set<Term> out = new LinkedHashSet<>();
        while (out.size() < n) {
            out.add(pick(r, terms));
        }
        return new ArrayList<>(out);
    }

    private static Term t(String name, String slug, double weight, String... aliases) {
        return new Term(name, slug, weight, List.of(aliases));
    }
}
