package kz.sheber.admin;

import java.util.List;

/** The quarter's figures for the city: the totals, then by craft and by month (keyed yyyy-MM). */
public record QuarterReport(Period period, Figures figures, List<FigureRow> byCraft, List<FigureRow> byMonth) {}
