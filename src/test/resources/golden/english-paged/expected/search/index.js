casebookSearchLoad({"type":"entry","format":2,"build":"da95e5e0bc8f9f95","docs":2,"shards":1,"facets":{"park/yangpu":"c","theme/organization":"c","method/experience":"c"}});
