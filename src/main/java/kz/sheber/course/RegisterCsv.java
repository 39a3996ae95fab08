package kz.sheber.course;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kz.sheber.base.ExcelCsv;

/** A course's register as CSV for Excel: name, seats, state, then one column per date. */
public final class RegisterCsv {

    private RegisterCsv() {}

    /**
     * {@code header} names the first three columns in the reader's language and then each date as the reader
     * writes it; {@code words} turns a state or a cell into the reader's language.
     */
    public static byte[] write(CourseRegister register, List<String> header, Function<Enum<?>, String> words) {
        return ExcelCsv.write(header, csv -> {
            for (CourseRegister.Row row : register.rows()) {
                List<Object> values = new ArrayList<>(List.of(row.name(), row.seats(), words.apply(row.state())));
                row.cells().forEach(cell -> values.add(words.apply(cell)));
                csv.printRecord(values);
            }
        });
    }
}
