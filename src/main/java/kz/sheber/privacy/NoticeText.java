package kz.sheber.privacy;

import java.time.Instant;
import java.util.List;

/** The privacy notice in one language, with the version a person accepts and since when it is in force. */
public record NoticeText(long version, Instant since, List<NoticeBlock> blocks) {}
