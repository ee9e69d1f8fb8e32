/* Casebook data for embed pages and the widget; the same as cases.json. */
window.casebookData = {
  "version": 1,
  "title": "黄金样例库",
  "description": "用于整站对比测试的小型知识库",
  "language": "zh-CN",
  "base_url": null,
  "taxonomies": {
    "park": [
      {
        "slug": "yangpu",
        "name": "洋浦经济开发区",
        "path": "park/yangpu/index.html",
        "count": 2
      },
      {
        "slug": "jiangdong",
        "name": "海口江东新区",
        "path": "park/jiangdong/index.html",
        "count": 1
      }
    ],
    "theme": [
      {
        "slug": "organization",
        "name": "组织建设",
        "path": "theme/organization/index.html",
        "count": 3
      },
      {
        "slug": "points",
        "name": "积分管理",
        "path": "theme/points/index.html",
        "count": 1
      }
    ],
    "method": [
      {
        "slug": "experience",
        "name": "经验介绍",
        "path": "method/experience/index.html",
        "count": 2
      },
      {
        "slug": "onsite-meeting",
        "name": "现场会",
        "path": "method/onsite-meeting/index.html",
        "count": 2
      }
    ]
  },
  "cases": [
    {
      "slug": "chain",
      "title": "产业链党委推动全覆盖",
      "url": "cases/chain/index.html",
      "path": "cases/chain/index.html",
      "park": [
        {
          "slug": "yangpu",
          "name": "洋浦经济开发区"
        }
      ],
      "theme": [
        {
          "slug": "organization",
          "name": "组织建设"
        }
      ],
      "method": [
        {
          "slug": "experience",
          "name": "经验介绍"
        },
        {
          "slug": "onsite-meeting",
          "name": "现场会"
        }
      ],
      "date": "2024-03-15",
      "unit": "洋浦经济开发区党工委",
      "summary": "以产业链为纽带建立党委。",
      "keywords": ["产业链党委"]
    },
    {
      "slug": "points",
      "title": "企业党建积分制度",
      "url": "cases/points/index.html",
      "path": "cases/points/index.html",
      "park": [
        {
          "slug": "yangpu",
          "name": "洋浦经济开发区"
        }
      ],
      "theme": [
        {
          "slug": "points",
          "name": "积分管理"
        },
        {
          "slug": "organization",
          "name": "组织建设"
        }
      ],
      "method": [
        {
          "slug": "experience",
          "name": "经验介绍"
        }
      ],
      "date": "2023-11-02",
      "unit": "",
      "summary": "积分高低与服务待遇挂钩。",
      "keywords": []
    },
    {
      "slug": "jiangdong-night-school",
      "title": "青年党员夜校",
      "url": "cases/jiangdong-night-school/index.html",
      "path": "cases/jiangdong-night-school/index.html",
      "park": [
        {
          "slug": "jiangdong",
          "name": "海口江东新区"
        }
      ],
      "theme": [
        {
          "slug": "organization",
          "name": "组织建设"
        }
      ],
      "method": [
        {
          "slug": "onsite-meeting",
          "name": "现场会"
        }
      ],
      "date": null,
      "unit": "",
      "summary": "",
      "keywords": []
    }
  ]
};
