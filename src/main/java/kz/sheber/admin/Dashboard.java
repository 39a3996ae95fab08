package kz.sheber.admin;

import java.util.List;

/**
 * Everything the dashboard shows for a period and its filters, with the previous period of the same length.
 * {@code overTime} is by day for periods up to {@value #DAILY_UP_TO_DAYS} days, by week (keyed by its Monday)
 * beyond; {@code demand} is keyed "weekday-hour" (1 = Monday), in the centre's zone.
 */
public record Dashboard(
        Period period,
        Period previousPeriod,
        Figures figures,
        Figures previous,
        List<FigureRow> byWorkshop,
        List<FigureRow> byInstructor,
        boolean weekly,
        List<FigureRow> overTime,
        List<FigureRow> demand) {

    public static final int DAILY_UP_TO_DAYS = 62;
}
