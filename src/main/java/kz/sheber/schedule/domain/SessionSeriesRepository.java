package kz.sheber.schedule.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionSeriesRepository extends JpaRepository<SessionSeries, Long> {}
