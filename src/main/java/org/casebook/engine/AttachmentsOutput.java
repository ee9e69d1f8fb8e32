package org.casebook.engine;

/** The images and files the published bodies link to, one copy per file however many cases link it. */
final class AttachmentsOutput implements SiteOutput {

    @Override
    public String name() {
        return "attachments";
    }

    @Override
    public Delivery delivery() {
        return Delivery.EVERY_CHANGE;
    }

    @Override
    public void write(OutputContext ctx) {
        ctx.renderer().copyAttachments();
    }
}
