package kz.sheber.base;

import java.util.List;

/**
 * The three kinds of people in the centre. A person may hold several roles. In base, not account: every feature
 * checks roles, including notification, which account itself depends on for its mail.
 */
public final class Roles {

    public static final String RESIDENT = "RESIDENT";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String ADMIN = "ADMIN";
    public static final List<String> ALL = List.of(RESIDENT, INSTRUCTOR, ADMIN);

    private Roles() {}
}
