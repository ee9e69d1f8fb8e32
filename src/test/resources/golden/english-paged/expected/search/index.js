casebookSearchLoad({"type":"entry","format":1,"build":"0b885db9c3999f53","docs":2,"shards":1,"facets":{"park/yangpu":"bD","theme/organization":"bD","method/experience":"bD"}});
