package kz.sheber.audit;

import org.jspecify.annotations.Nullable;

/** Who made a change: a person (by id), or one of the app's own jobs (by name). */
record Actor(@Nullable Long personId, @Nullable String job) {

    static final String WAITING_LIST = "waiting-list";
    static final String SYSTEM = "system";
    /** Whoever typed the password: a failed sign-in proves nothing about who it was. */
    static final String SIGN_IN = "sign-in";

    static final String SIGN_IN_THROTTLE = "sign-in-throttle";
    /** The daily job that applies the personal-data retention settings. */
    static final String RETENTION = "retention";

    static Actor person(long id) {
        return new Actor(id, null);
    }

    static Actor job(String name) {
        return new Actor(null, name);
    }
}
