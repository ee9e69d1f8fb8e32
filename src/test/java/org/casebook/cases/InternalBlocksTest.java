package org.casebook.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.junit.jupiter.api.Test;

class InternalBlocksTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("en"));

    /** The body starts on file line 10 in every test, so positions are file positions. */
    private List<InternalBlock> scan(String body) {
        return InternalBlocks.scan(body, 10, "cases/a.md", diags);
    }

    private String problems() {
        return String.join("\n", diags.sorted().stream().map(d -> d.pos() + " " + d.code()).toList());
    }

    @Test
    void findsPassagesByFileLineInEveryAcceptedSpelling() {
        List<InternalBlock> blocks = scan("""
                公开
                ::: internal
                内部一
                :::
                ::::  INTERNAL
                内部二
                ::::
                ：：：内部
                内部三
                :：:
                > ::: internal
                > 引用中的内部
                > :::
                """);
        assertEquals("", problems());
        assertEquals(List.of(new InternalBlock(11, 13), new InternalBlock(14, 16), new InternalBlock(17, 19),
                new InternalBlock(20, 22)), blocks);
    }

    @Test
    void aBackslashMakesTheFenceText() {
        assertEquals(List.of(), scan("\\::: internal\ntext\n"));
        assertEquals("", problems());
    }

    @Test
    void unclosedNestedStrayAndUnknownFencesAreErrorsAtTheirLine() {
        scan("""
                a
                :::
                ::: internl
                ::: internal
                b
                ::: internal
                """);
        assertEquals("""
                cases/a.md:11:1 block.stray-close
                cases/a.md:12:1 block.unknown
                cases/a.md:13:1 block.unclosed
                cases/a.md:15:1 block.nested""", problems());
        Diagnostic unknown = diags.sorted().get(1);
        assertEquals("unknown block type \"::: internl\"", unknown.message());
        assertEquals("did you mean \"::: internal\"? the only block is ::: internal (or ::: 内部) ... :::; "
                + "to show ::: as text write \\:::", unknown.hint());
        assertEquals("cases/a.md:15:1 block.nested", problems().lines().toList().get(3));
        assertEquals("::: internal inside the internal passage opened on line 13", diags.sorted().get(3).message());
    }

    @Test
    void anIndentedFenceIsStillAFenceSoNothingSlipsOut() {
        assertEquals(List.of(new InternalBlock(12, 14)), scan("- item\n\n    ::: internal\n    secret\n    :::\n"));
        assertEquals("", problems());
    }

    @Test
    void removalBlanksLinesAndKeepsEveryOtherLineWhereItWas() {
        String body = "a\n::: internal\nsecret\n:::\nb\n";
        List<InternalBlock> blocks = scan(body);
        assertEquals("a\n\n\n\nb\n", InternalBlocks.withoutPassages(body, 10, blocks));
        assertEquals("a\n\nsecret\n\nb\n", InternalBlocks.withoutFences(body, 10, blocks));
        assertEquals(body.lines().count(), InternalBlocks.withoutPassages(body, 10, blocks).lines().count());
    }
}
