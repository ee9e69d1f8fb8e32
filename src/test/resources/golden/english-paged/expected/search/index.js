casebookSearchLoad({"type":"entry","format":1,"build":"7e7d585a91f20118","docs":2,"shards":1,"facets":{"park/yangpu":"bD","theme/organization":"bD","method/experience":"bD"}});
