package kz.sheber.admin;

import kz.sheber.catalogue.Multilingual;

/** One line of a breakdown: a workshop, an instructor, a craft, a day or week, a month, or a weekday and hour. */
public record FigureRow(String key, Multilingual name, Tally tally) {}
