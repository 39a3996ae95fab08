package kz.sheber.admin;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.admin.domain.CentreFigures;
import kz.sheber.admin.domain.Grouping;
import kz.sheber.admin.domain.SessionScope;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures' public face. The centre-wide figures are for staff; an instructor gets the same for the sessions
 * they teach, through a method of their own that puts their id in the filter whatever the caller asked for.
 */
@Service
public class FiguresService {

    private final CentreFigures figures;
    private final ResidentDirectory people;
    private final CentreTime time;

    FiguresService(CentreFigures figures, ResidentDirectory people, CentreTime time) {
        this.figures = figures;
        this.people = people;
        this.time = time;
    }

    /** Today in the centre's zone, for the period picker. */
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR})
    public LocalDate today() {
        return time.nowInCentre().toLocalDate();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Dashboard centre(Period period, FigureFilter filter) {
        return dashboard(period, filter);
    }

    /** The signed-in instructor's own sessions only. */
    @RolesAllowed(Roles.INSTRUCTOR)
    @Transactional(readOnly = true)
    public Dashboard mine(Period period, FigureFilter filter) {
        return dashboard(period, filter.withInstructor(people.requireSignedInId()));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public QuarterReport quarter(int year, int quarter) {
        Period period = Period.quarter(year, quarter);
        SessionScope scope = scope(period, FigureFilter.ALL);
        Instant now = time.now();
        CentreFigures.Pass pass = figures.pass(scope, now, Grouping.TOTAL, Grouping.CRAFT, Grouping.MONTH);
        return new QuarterReport(period, headline(scope, pass), pass.of(Grouping.CRAFT), pass.of(Grouping.MONTH));
    }

    private Dashboard dashboard(Period period, FigureFilter filter) {
        SessionScope scope = scope(period, filter);
        Instant now = time.now();
        boolean weekly = period.days() > Dashboard.DAILY_UP_TO_DAYS;
        Comparator<FigureRow> fullestFirst = Comparator.comparing(
                (FigureRow r) -> r.tally().fillRate(), Comparator.nullsLast(Comparator.reverseOrder()));
        Grouping overTime = weekly ? Grouping.WEEK : Grouping.DAY;
        CentreFigures.Pass pass = figures.pass(
                scope, now, Grouping.TOTAL, Grouping.WORKSHOP, Grouping.INSTRUCTOR, overTime, Grouping.WEEKDAY_HOUR);
        SessionScope before = scope(period.previous(), filter);
        return new Dashboard(
                period,
                period.previous(),
                headline(scope, pass),
                headline(before, figures.pass(before, now, Grouping.TOTAL)),
                sorted(pass.of(Grouping.WORKSHOP), fullestFirst),
                pass.of(Grouping.INSTRUCTOR),
                weekly,
                pass.of(overTime),
                pass.of(Grouping.WEEKDAY_HOUR));
    }

    private Figures headline(SessionScope scope, CentreFigures.Pass pass) {
        CentreFigures.People who = pass.people();
        return new Figures(
                CentreFigures.total(pass),
                who.residents(),
                who.firstTime(),
                who.unmet(),
                figures.centreCancellations(scope));
    }

    private SessionScope scope(Period period, FigureFilter filter) {
        return new SessionScope(
                period.from().atStartOfDay(time.zone()).toInstant(),
                period.to().plusDays(1).atStartOfDay(time.zone()).toInstant(),
                time.zone(),
                filter);
    }

    private static List<FigureRow> sorted(List<FigureRow> rows, Comparator<FigureRow> order) {
        return rows.stream().sorted(order).toList();
    }
}
