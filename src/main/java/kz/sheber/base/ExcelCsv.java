package kz.sheber.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the app hands out opens in Excel: UTF-8 with a byte order mark (without it Excel reads Kazakh and
 * Cyrillic letters as Windows-1251), Excel's quoting, and a header in the reader's language.
 */
public final class ExcelCsv {

    /** Prints the rows under the header. */
    @FunctionalInterface
    public interface Rows {
        void printTo(CSVPrinter csv) throws IOException;
    }

    private ExcelCsv() {}

    public static byte[] write(List<String> header, Rows rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.EXCEL
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            rows.printTo(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
