package kz.sheber.privacy;

import org.jspecify.annotations.Nullable;

/** A person consented to a version of the privacy notice; published in the transaction that recorded it. */
public record ConsentGiven(
        long personId,
        long noticeVersion,
        String language,
        ConsentChannel channel,
        @Nullable Long staffId) {}
