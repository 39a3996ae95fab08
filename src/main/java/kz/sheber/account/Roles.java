package kz.sheber.account;

import java.util.List;

/** The three kinds of people in the centre. A person may hold several roles. */
public final class Roles {

    public static final String RESIDENT = "RESIDENT";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String ADMIN = "ADMIN";
    public static final List<String> ALL = List.of(RESIDENT, INSTRUCTOR, ADMIN);

    private Roles() {}
}
