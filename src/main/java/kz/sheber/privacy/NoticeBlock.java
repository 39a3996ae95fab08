package kz.sheber.privacy;

/** One heading or one paragraph of the privacy notice. */
public record NoticeBlock(boolean heading, String text) {

    /** How a block is written in a text file and in the stored version: a heading starts with "# ". */
    String written() {
        return heading ? "# " + text : text;
    }

    static NoticeBlock read(String written) {
        String text = written.strip();
        return text.startsWith("# ") ? new NoticeBlock(true, text.substring(2).strip()) : new NoticeBlock(false, text);
    }
}
