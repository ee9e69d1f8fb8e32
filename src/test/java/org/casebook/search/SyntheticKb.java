package org.casebook.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic knowledge base for the search benchmark: N Chinese case studies over the 13 parks, with
 * skewed park frequencies, one to three themes, phrase pools that share characters (so bigram
 * postings are as dense as in real text) and bodies of about 2,000 characters. Case i depends only on
 * (seed, i), so a run is reproducible.
 */
final class SyntheticKb {

    private static final String[][] PARKS = {
        {"洋浦经济开发区", "yangpu", "洋浦", "30"}, {"海口江东新区", "jiangdong", "江东新区", "18"},
        {"海南生态软件园", "software-park", "软件园", "12"}, {"三亚崖州湾科技城", "yazhouwan", "崖州湾", "10"},
        {"海口复兴城互联网信息产业园", "fuxing", "复兴城", "8"}, {"海口国家高新技术产业开发区", "haikou-hitech", "高新区", "6"},
        {"海口综合保税区", "haikou-bonded", "综保区", "5"}, {"博鳌乐城国际医疗旅游先行区", "boao-lecheng", "博鳌乐城", "4"},
        {"文昌国际航天城", "wenchang-space", "航天城", "3"}, {"三亚中央商务区", "sanya-cbd", "三亚CBD", "3"},
        {"陵水黎安国际教育创新试验区", "lian-education", "黎安", "2"}, {"东方临港产业园", "dongfang-lingang", "东方临港", "1"},
        {"临高金牌港开发区", "lingao-jinpaigang", "金牌港", "1"}};
    private static final String[][] THEMES = {
        {"组织建设", "organization"}, {"党员教育", "member-education"}, {"服务企业", "enterprise-service"},
        {"积分管理", "points"}, {"产业链党建", "industrial-chain"}, {"流动党员管理", "mobile-members"},
        {"智慧党建", "smart"}, {"共建共治", "co-building"}, {"保障机制", "support"}, {"开拓创新", "innovation"}};
    private static final String[][] METHODS = {
        {"经验介绍", "experience"}, {"现场会", "onsite-meeting"}, {"线上分享", "online-sharing"},
        {"案例分析", "case-study"}, {"联学共建", "joint-learning"}};
    private static final String[] SUBJECTS = {"园区党工委", "产业链党委", "综合党委", "企业党支部", "党群服务中心",
        "机关党委", "青年党员突击队", "驻企党建指导员", "楼宇党委", "行业党委"};
    private static final String[] ACTIONS = {"建立党员积分制度，按月公示积分", "推动产业链党组织向上下游企业延伸",
        "为流动党员建立联系台账，定期走访", "开展党员教育培训和主题党日活动", "召开现场会交流经验做法",
        "推行“三会一课”线上签到", "建设党群服务站点，提供政策咨询", "组建党员服务突击队驻点服务重大项目",
        "与属地乡镇党委开展联建共建", "把支部建在项目上、建在产业链上", "实行积极分配制度改革，度量考核标准",
        "开展“党员示范岗”评选活动", "用智慧党建平台管理组织关系转接", "落实党建经费保障和党务工作者津贴"};
    private static final String[] RESULTS = {"企业获得感明显增强", "党组织的凝聚力和战斗力有效提升",
        "形成了可复制、可推广的工作经验", "推动党建与业务深度融合", "受到企业和党员群众的普遍好评",
        "为园区高质量发展提供了坚强组织保证"};
    private static final String[] CONTEXT = {"在自贸港建设全面实施的背景下", "围绕全岛封关运作准备", "为破解非公企业党建难题",
        "坚持问题导向和目标导向相结合", "聚焦企业急难愁盼问题", "立足园区主导产业布局"};

    private SyntheticKb() {
    }

    static Path write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir.resolve("cases"));
        StringBuilder cfg = new StringBuilder("title: 合成基准经验库\ndescription: 搜索基准\nlanguage: zh-CN\ntaxonomies:\n  park:\n");
        for (String[] p : PARKS) {
            cfg.append("    - name: ").append(p[0]).append("\n      slug: ").append(p[1]).append("\n      aliases: [")
                    .append(p[2]).append("]\n");
        }
        cfg.append("  theme:\n");
        for (String[] t : THEMES) {
            cfg.append("    - name: ").append(t[0]).append("\n      slug: ").append(t[1]).append('\n');
        }
        cfg.append("  method:\n");
        for (String[] m : METHODS) {
            cfg.append("    - name: ").append(m[0]).append("\n      slug: ").append(m[1]).append('\n');
        }
        Files.writeString(dir.resolve("casebook.yml"), cfg.toString(), StandardCharsets.UTF_8);
        int totalWeight = 0;
        for (String[] p : PARKS) {
            totalWeight += Integer.parseInt(p[3]);
        }
        for (int i = 1; i <= count; i++) {
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
            int w = r.nextInt(totalWeight);
            String[] park = PARKS[0];
            for (String[] p : PARKS) {
                w -= Integer.parseInt(p[3]);
                if (w < 0) {
                    park = p;
                    break;
                }
            }
            LinkedHashSet<String> themes = new LinkedHashSet<>();
            int nThemes = 1 + r.nextInt(3);
            while (themes.size() < nThemes) {
                themes.add(THEMES[r.nextInt(THEMES.length)][0]);
            }
            String method = METHODS[r.nextInt(METHODS.length)][0];
            String theme = themes.iterator().next();
            String parkName = r.nextInt(5) == 0 ? park[2] : park[0];
            String title = park[2] + pick(r, SUBJECTS) + "以" + theme + "推动" + pick(r, RESULTS).substring(0, 4) + "的实践";
            StringBuilder body = new StringBuilder("## 一、基本情况\n\n");
            List<String> paragraphs = new ArrayList<>();
            int target = 1600 + r.nextInt(800);
            int length = 0;
            while (length < target) {
                StringBuilder p = new StringBuilder();
                for (int s = 0; s < 3; s++) {
                    p.append(pick(r, CONTEXT)).append("，").append(park[2]).append(pick(r, SUBJECTS)).append(pick(r, ACTIONS))
                            .append("，").append(pick(r, RESULTS)).append("。");
                }
                paragraphs.add(p.toString());
                length += p.length();
            }
            for (int k = 0; k < paragraphs.size(); k++) {
                if (k == paragraphs.size() / 2) {
                    body.append("## 二、主要做法\n\n");
                }
                body.append(paragraphs.get(k)).append("\n\n");
            }
            String fm = "title: " + title + "\npark: " + parkName + "\ntheme: [" + String.join(", ", themes) + "]\nmethod: "
                    + method + "\ndate: " + (2019 + r.nextInt(6)) + "-" + two(1 + r.nextInt(12)) + "-" + two(1 + r.nextInt(28))
                    + "\nsummary: " + park[2] + pick(r, SUBJECTS) + pick(r, ACTIONS) + "。\nunit: " + park[0] + pick(r, SUBJECTS)
                    + "\nkeywords: [" + theme + ", " + method + "]\ndraft: " + (r.nextInt(50) == 0) + "\n";
            Files.writeString(dir.resolve("cases").resolve(String.format("case-%05d.md", i)), "---\n" + fm + "---\n\n" + body,
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static String pick(SplittableRandom r, String[] pool) {
        return pool[r.nextInt(pool.length)];
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
