package org.casebook.render.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * A body's plain text, which the search index tokenises and cuts its snippets from: flexmark's text of
 * the document, but a table reads as cells. Flexmark puts each row on a line and its cells side by
 * side with nothing between them, so a snippet from a table ran on ("清单类型条目数已完成完成率问题清单14964%")
 * and its cells' characters made n-grams across cells that no one wrote. Here cells are set apart by
 * {@link #CELL} and each row ends as a clause does ({@link #ROW_HAN} in a table of Chinese text, where
 * the snippet's sentence cutting, in Passages and search.js, takes it as a boundary; {@link #ROW}
 * otherwise), unless its last cell ends a sentence itself.
 */
final class BodyText {

    static final String CELL = " · ";
    static final String ROW_HAN = "；";
    static final String ROW = ";";

    private BodyText() {
    }

    /**
     * The text of {@code document}. Call it last: it adds the separators to the tree as text nodes,
     * which changes nothing once the HTML is written.
     */
    static String of(Document document) {
        List<TableBlock> tables = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof TableBlock t) {
                tables.add(t);
            }
        }
        for (TableBlock table : tables) {
            separate(table);
        }
        return new TextCollectingVisitor().collectAndGetText(document);
    }

    private static void separate(TableBlock table) {
        String rowEnd = hasHan(table.getChars()) ? ROW_HAN : ROW;
        List<TableRow> rows = new ArrayList<>();
        for (Node node : table.getDescendants()) {
            if (node instanceof TableRow r) {
                rows.add(r);
            }
        }
        for (TableRow row : rows) {
            TableCell last = null;
            for (Node child : row.getChildren()) {
                // an empty cell adds no separator: "a ·  · b" would read as a missing word
                if (child instanceof TableCell cell && !cell.getText().isBlank()) {
                    if (last != null) {
                        cell.prependChild(text(CELL));
                    }
                    last = cell;
                }
            }
            if (last != null && !endsSentence(last.getText().trim())) {
                last.appendChild(text(rowEnd));
            }
        }
    }

    private static Text text(String s) {
        return new Text(BasedSequence.of(s));
    }

    private static boolean endsSentence(CharSequence s) {
        return s.length() > 0 && "。！？；!?;.".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static boolean hasHan(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
