package kz.sheber.base.demo;

/**
 * One part of the demo centre (accounts, catalogue, sessions, bookings...), contributed by the feature that
 * owns the data. Each part runs once per database: {@link DemoData} records what has been seeded.
 */
public interface DemoSeeder {

    /** A stable name; renaming it seeds the part again. */
    String name();

    /** Parts run in this order, so bookings can find the sessions seeded before them. */
    int order();

    void seed();
}
