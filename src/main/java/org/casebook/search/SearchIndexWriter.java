package org.casebook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.casebook.io.PageSink;
import org.casebook.io.ScriptEscaper;

/**
 * Writes a {@link SearchIndex} as script files, each one call of the global
 * {@link IndexFormat#CALLBACK} with a JSON payload: the entry file (format version, scoring id, counts,
 * the taxonomies as {@code kinds} ({@code [key, label]} in order) and their terms' facets), the term shards (terms hash-partitioned), one fragment per document and the
 * traditional-to-simplified table. Every fragment names the numbering of its chunk of cases (in the
 * last, incomplete chunk: its tail code, the numbering of the chunk up to it), every shard the
 * release, the numbering of the complete chunks and the scoring statistics of its scores, and the tail
 * code of the last case it names, so the client notices a half-updated or stale cached index of
 * another numbering or scoring instead of showing wrong results. A fragment of the same numbering is
 * the same case whichever build wrote it; a shard the client takes differs from this build's only in
 * the postings of cases edited or added since, so a rebuild after an edit, or after a case added at
 * the end, leaves every fragment, and every shard without those cases' terms, as it was. The entry also
 * carries the query function words and the knowledge base's synonyms; {@code py.js} the pinyin table.
 */
public final class SearchIndexWriter {

    private final PageSink sink;
    private final String version;

    /**
     * @param version this Casebook's version: shards of another release never mix (not the code's
     *                fingerprint, which names files and times: the same input must give the same bytes)
     */
    public SearchIndexWriter(PageSink sink, String version) {
        this.sink = sink;
        this.version = version;
    }

    public void write(SearchIndex index, TraditionalFolding folding) throws IOException {
        int s = index.shards();
        // which terms each shard holds, in term order; the shard texts are made one at a time when written
        int[] shardOf = new int[index.terms().length];
        int[] sizes = new int[s];
        for (int k = 0; k < shardOf.length; k++) {
            shardOf[k] = IndexFormat.shardOf(index.terms()[k], s);
            sizes[shardOf[k]]++;
        }
        int[][] members = new int[s][];
        for (int i = 0; i < s; i++) {
            members[i] = new int[sizes[i]];
            sizes[i] = 0;
        }
        for (int k = 0; k < shardOf.length; k++) {
            members[shardOf[k]][sizes[shardOf[k]]++] = k;
        }
        List<String> fragments = index.docs().parallelStream().map(SearchIndexWriter::fragment).toList();
        List<String> order = orderIds(index);
        String scoring = scoringId(index, order);
        int n = index.docs().size();
        int tailStart = order.size() * IndexFormat.ORDER_CHUNK;
        String tail = tailCodes(index, tailStart);

        StringBuilder entry = new StringBuilder();
        entry.append("{\"type\":\"entry\",\"format\":").append(IndexFormat.VERSION).append(",\"scoring\":\"").append(scoring)
                .append("\",\"orderChunk\":").append(IndexFormat.ORDER_CHUNK).append(",\"order\":[")
                .append(String.join(",", order.stream().map(o -> "\"" + o + "\"").toList())).append("],\"tail\":\"").append(tail)
                .append("\",\"docs\":").append(n).append(",\"shards\":").append(s)
                .append(",\"stop\":").append(ScriptEscaper.stringLiteral(StopWords.standard().entryText()))
                .append(",\"synonyms\":[");
        for (int i = 0; i < index.synonyms().size(); i++) {
            entry.append(i == 0 ? "[" : ",[");
            List<String> group = index.synonyms().get(i);
            for (int w = 0; w < group.size(); w++) {
                entry.append(w == 0 ? "" : ",").append(ScriptEscaper.stringLiteral(group.get(w)));
            }
            entry.append(']');
        }
        entry.append("],\"kinds\":[");
        for (int i = 0; i < index.kinds().size(); i++) {
            SearchIndex.Kind k = index.kinds().get(i);
            entry.append(i == 0 ? "[" : ",[").append(ScriptEscaper.stringLiteral(k.key())).append(',')
                    .append(ScriptEscaper.stringLiteral(k.name())).append(']');
        }
        entry.append("],\"facets\":{");
        for (int i = 0; i < index.facets().size(); i++) {
            SearchIndex.Facet f = index.facets().get(i);
            entry.append(i == 0 ? "" : ",");
            entry.append(ScriptEscaper.stringLiteral(f.key()));
            entry.append(':');
            entry.append(ScriptEscaper.stringLiteral(f.docs()));
        }
        // the terms' names and aliases: a query naming one (洋浦, 综保区) ranks the term's cases first
        entry.append("},\"names\":{");
        for (int i = 0; i < index.facets().size(); i++) {
            SearchIndex.Facet f = index.facets().get(i);
            entry.append(i == 0 ? "" : ",").append(ScriptEscaper.stringLiteral(f.key())).append(":[");
            for (int w = 0; w < f.names().size(); w++) {
                entry.append(w == 0 ? "" : ",").append(ScriptEscaper.stringLiteral(f.names().get(w)));
            }
            entry.append(']');
        }
        entry.append("}}");
        put(IndexFormat.ENTRY, entry.toString());
        put(IndexFormat.TABLE, table(folding));
        put(IndexFormat.PINYIN, "{\"type\":\"py\",\"format\":" + IndexFormat.VERSION + ",\"table\":"
                + ScriptEscaper.stringLiteral(Pinyin.standard().clientText()) + "}");
        IntStream.range(0, s).parallel().forEach(i -> put(IndexFormat.shard(i),
                "{\"type\":\"shard\",\"scoring\":\"" + scoring + "\"" + shardTail(index, members[i], tail, tailStart)
                        + ",\"id\":" + i + ",\"terms\":{" + shardText(index, members[i]) + "}}"));
        IntStream.range(0, fragments.size()).parallel().forEach(i -> put(IndexFormat.fragment(i),
                "{\"type\":\"doc\"," + (i < tailStart ? "\"order\":\"" + order.get(i / IndexFormat.ORDER_CHUNK)
                        : "\"tail\":\"" + tailCode(tail, tailStart, i)) + "\",\"id\":" + i + ",\"doc\":" + fragments.get(i) + "}"));
    }

    /**
     * What numbering of the last, incomplete chunk a shard's postings were made with, when they name a
     * case of it: {@code ,"tail":[d,"code"]}, {@code d} the highest such number and {@code code} its
     * tail code, so the client takes the shard only while the cases up to {@code d} are numbered as
     * they were (a case added after them changes nothing; one removed or inserted among them does).
     * A set written by its missing cases names every number up to the last case's, so a shard holding
     * one is good for exactly this number of cases ({@code ,"tail":[n-1,"code",1]}); none for a
     * shard naming only cases of complete chunks, which the scoring id covers.
     */
    private static String shardTail(SearchIndex index, int[] members, String tail, int tailStart) {
        int n = index.docs().size();
        int reach = -1;
        boolean all = false;
        for (int k : members) {
            int r = index.reach()[k];
            if (r == SearchIndex.REACH_ALL) {
                all = true;
                reach = n - 1;
            } else {
                reach = Math.max(reach, r);
            }
        }
        if (!all && reach < tailStart) {
            return "";
        }
        return ",\"tail\":[" + reach + ",\"" + (reach >= tailStart ? tailCode(tail, tailStart, reach) : "") + "\""
                + (all ? ",1]" : "]");
    }

    private static String tailCode(String tail, int tailStart, int doc) {
        int at = (doc - tailStart) * IndexFormat.TAIL_CODE_CHARS;
        return tail.substring(at, at + IndexFormat.TAIL_CODE_CHARS);
    }

    /**
     * One code per case of the last, incomplete chunk: a hash of the format and the chunk's slugs in
     * order up to and including the case's, so a case added at the end leaves every earlier code as it
     * was, and a case removed or inserted changes the codes from its place on.
     */
    private static String tailCodes(SearchIndex index, int tailStart) {
        MessageDigest md = sha256();
        md.update((IndexFormat.VERSION + "/").getBytes(StandardCharsets.UTF_8));
        StringBuilder codes = new StringBuilder();
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        for (SearchIndex.Doc d : index.docs().subList(tailStart, index.docs().size())) {
            md.update(d.slug().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            try {
                byte[] digest = ((MessageDigest) md.clone()).digest();
                codes.append(base64.encodeToString(java.util.Arrays.copyOf(digest, 3)));
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
        return codes.toString();
    }

    private static String shardText(SearchIndex index, int[] members) {
        StringBuilder b = new StringBuilder();
        for (int k : members) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(ScriptEscaper.stringLiteral(index.terms()[k]));
            b.append(':').append(index.postings()[k]);
        }
        return b.toString();
    }

    private void put(String path, String payload) {
        byte[] b = (IndexFormat.CALLBACK + "(" + payload + ");\n").getBytes(StandardCharsets.UTF_8);
        try {
            sink.write(path, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fragment(SearchIndex.Doc d) {
        StringBuilder b = new StringBuilder(256 + d.text().length() * 2);
        b.append("{\"slug\":");
        b.append(ScriptEscaper.stringLiteral(d.slug()));
        b.append(",\"title\":");
        b.append(ScriptEscaper.stringLiteral(d.title()));
        b.append(",\"date\":");
        b.append(ScriptEscaper.stringLiteral(d.date()));
        b.append(",\"chips\":[");
        for (int i = 0; i < d.chips().size(); i++) {
            SearchIndex.Chip c = d.chips().get(i);
            b.append(i == 0 ? "[" : ",[");
            b.append(ScriptEscaper.stringLiteral(c.kind()));
            b.append(',');
            b.append(ScriptEscaper.stringLiteral(c.slug()));
            b.append(']');
        }
        b.append("],\"summary\":");
        b.append(ScriptEscaper.stringLiteral(d.summary()));
        b.append(",\"text\":");
        b.append(ScriptEscaper.stringLiteral(d.text()));
        return b.append('}').toString();
    }

    private static String table(TraditionalFolding folding) {
        StringBuilder pairs = new StringBuilder();
        folding.pairs().forEach((t, s) -> pairs.append(t).append(s));
        return "{\"type\":\"t2s\",\"format\":" + IndexFormat.VERSION + ",\"pairs\":" + ScriptEscaper.stringLiteral(pairs.toString()) + "}";
    }

    /**
     * Which case each document number stands for, per complete chunk of {@link IndexFormat#ORDER_CHUNK}
     * numbers: the first 16 hex digits of a SHA-256 over the format and the chunk's slugs in order (the
     * last, incomplete chunk has tail codes instead, {@link #tailCodes}). A fragment carries its
     * chunk's id, not the scoring id: it holds only its own case, so a fragment from another build of
     * the same chunk is still the right case. An edit leaves every other fragment byte for byte as it
     * was (and unwritten), and so does a new case numbered after all the others (the usual one: dated
     * today), until it completes its chunk.
     */
    private static List<String> orderIds(SearchIndex index) {
        List<SearchIndex.Doc> docs = index.docs();
        List<String> ids = new java.util.ArrayList<>();
        for (int from = 0; from + IndexFormat.ORDER_CHUNK <= docs.size(); from += IndexFormat.ORDER_CHUNK) {
            MessageDigest md = sha256();
            md.update((IndexFormat.VERSION + "/").getBytes(StandardCharsets.UTF_8));
            for (SearchIndex.Doc d : docs.subList(from, from + IndexFormat.ORDER_CHUNK)) {
                md.update(d.slug().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            ids.add(HexFormat.of().formatHex(md.digest(), 0, 8));
        }
        return ids;
    }

    /**
     * What a shard's scores were computed with: the first 16 hex digits of a SHA-256 over the format,
     * the version, the numbering of every complete chunk, the shard count and the scoring statistics.
     * Scores hold no document count or IDF (the client applies those), so a case added at the end
     * changes only the postings of its own terms and does not change this id until its chunk is
     * complete; a case removed or inserted among the cases of complete chunks changes it, and every
     * shard with it (among the last chunk's, the shards' tail codes tell, {@link #shardTail}). It
     * does not move with an edit either, nor with the rounded average length or the shard count while
     * they stay on their grids ({@link IndexFormat#steadyAverage}, {@link IndexFormat#shardCount}).
     */
    private String scoringId(SearchIndex index, List<String> order) {
        MessageDigest md = sha256();
        md.update((IndexFormat.VERSION + "\n" + version + "\n" + String.join(",", order) + "\n"
                + index.shards() + "\n" + index.scoring()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
