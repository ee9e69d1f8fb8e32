/* Casebook data for embed pages and the widget; the same as cases.json. */
window.casebookData = {
  "version": 1,
  "title": "Park practice (English UI)",
  "description": "A knowledge base whose interface is set to English, with one case per listing page.",
  "language": "en",
  "base_url": null,
  "taxonomies": {
    "park": [
      {
        "slug": "yangpu",
        "name": "Yangpu Economic Development Zone",
        "path": "park/yangpu/index.html",
        "count": 2
      }
    ],
    "theme": [
      {
        "slug": "organization",
        "name": "Organisation",
        "path": "theme/organization/index.html",
        "count": 2
      }
    ],
    "method": [
      {
        "slug": "experience",
        "name": "Experience sharing",
        "path": "method/experience/index.html",
        "count": 2
      }
    ]
  },
  "cases": [
    {
      "slug": "second",
      "title": "Points for enterprises",
      "url": "cases/second/index.html",
      "path": "cases/second/index.html",
      "park": [
        {
          "slug": "yangpu",
          "name": "Yangpu Economic Development Zone"
        }
      ],
      "theme": [
        {
          "slug": "organization",
          "name": "Organisation"
        }
      ],
      "method": [
        {
          "slug": "experience",
          "name": "Experience sharing"
        }
      ],
      "date": "2024-02-20",
      "unit": "",
      "summary": "",
      "keywords": []
    },
    {
      "slug": "first",
      "title": "Chain committees: one per industry",
      "url": "cases/first/index.html",
      "path": "cases/first/index.html",
      "park": [
        {
          "slug": "yangpu",
          "name": "Yangpu Economic Development Zone"
        }
      ],
      "theme": [
        {
          "slug": "organization",
          "name": "Organisation"
        }
      ],
      "method": [
        {
          "slug": "experience",
          "name": "Experience sharing"
        }
      ],
      "date": "2024-01-10",
      "unit": "",
      "summary": "Committees follow the industrial chain.",
      "keywords": []
    }
  ]
};
