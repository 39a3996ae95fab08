package kz.sheber.admin.ui;

import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Numbers as the reader writes them: counts with their grouping, rates as percentages, changes with a sign. */
final class FigureText {

    private final Locale locale;

    FigureText(Locale locale) {
        this.locale = locale;
    }

    String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A rate, or a dash when there was nothing to divide by. */
    String rate(@Nullable Double rate) {
        if (rate == null) {
            return "–";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        return percent.format(rate);
    }

    String countChange(long now, long before) {
        return signed(now - before);
    }

    /** A rate's change in percentage points, or empty when either side has none. */
    String rateChange(Double now, Double before) {
        return now == null || before == null ? "" : signed(Math.round((now - before) * 1000) / 10.0);
    }

    private String signed(double change) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return (change > 0 ? "+" : change < 0 ? "−" : "±") + number.format(Math.abs(change));
    }
}
