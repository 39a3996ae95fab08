package kz.sheber.admin.ui;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one chart shows, as the small JSON that frontend/scripts/sheber-charts.js turns into an ECharts option:
 * a type (line, bar, barh, heatmap), the category labels, for a heat map its row labels, and named series.
 * A heat map's single series holds [column, row, value] triples.
 */
record ChartSpec(String type, List<String> categories, List<String> rows, List<Series> series, boolean percent) {

    record Series(String name, List<? extends Object> data) {}

    String json() {
        return "{\"type\":" + text(type) + ",\"percent\":" + percent + ",\"categories\":" + texts(categories)
                + ",\"rows\":" + texts(rows) + ",\"series\":["
                + series.stream()
                        .map(s -> "{\"name\":" + text(s.name()) + ",\"data\":" + values(s.data()) + "}")
                        .collect(Collectors.joining(","))
                + "]}";
    }

    private static String texts(List<String> texts) {
        return texts.stream().map(ChartSpec::text).collect(Collectors.joining(",", "[", "]"));
    }

    private static String values(List<?> values) {
        return values.stream()
                .map(v -> v instanceof List<?> triple ? values(triple) : String.valueOf(v))
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string; names come from staff (workshop titles), so every quote and control character is escaped. */
    static String text(String s) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
