package org.casebook.render.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import org.casebook.diag.SourcePos;

/**
 * A case body with what is needed to turn an offset in it back into a file position.
 *
 * @param firstLine the file line the body starts on
 */
record BodySource(Path file, String relPath, String text, int firstLine) {

    SourcePos pos(Node node) {
        return pos(node.getStartOffset());
    }

    SourcePos pos(int offset) {
        int line = 0;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePos(relPath, firstLine + line, end - lineStart + 1);
    }
}
