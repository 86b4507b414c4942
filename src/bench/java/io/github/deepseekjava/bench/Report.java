package io.github.deepseekjava.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the figures and renders them as Markdown. */
final class Report {
  static final double FOOTPRINT_LIMIT_MB = 4.0;

  final Map<String, String> machine = new LinkedHashMap<>();
  final List<String> checks = new ArrayList<>();
  final List<String> checkNotes = new ArrayList<>();
  final List<String> footprintNotes = new ArrayList<>();
  final Map<String, String> peaks = new LinkedHashMap<>();
  private final Map<Figure, Map<String, Double>> medians = new EnumMap<>(Figure.class);
  private final Map<Figure, Map<String, List<Double>>> samples = new EnumMap<>(Figure.class);

  void put(Figure figure, String client, double median, List<Double> values) {
    medians.computeIfAbsent(figure, f -> new LinkedHashMap<>()).put(client, median);
    if (values != null) {
      samples.computeIfAbsent(figure, f -> new LinkedHashMap<>()).put(client, values);
    }
  }

  String render() {
    StringBuilder s = new StringBuilder();
    s.append("## Machine\n\n");
    machine.forEach((k, v) -> s.append("- ").append(k).append(": ").append(v).append('\n'));
    s.append("\n## Figures (medians)\n\n");
    s.append("Cost ratios compare time per operation (throughputs inverted), bytes, ms or MB: below 1.00x means "
        + "deepseek-java costs less than the other client.\n\n");
    s.append("| figure | unit | deepseek-java | openai-java | raw OkHttp+Gson | deepseek / raw | deepseek / openai "
        + "| target | met |\n");
    s.append("|---|---|---:|---:|---:|---:|---:|---|---|\n");
    for (Figure figure : Figure.values()) {
      Map<String, Double> m = medians.get(figure);
      if (m == null) {
        continue;
      }
      Double d = m.get(Clients.DEEPSEEK);
      Double o = m.get(Clients.OPENAI);
      Double r = m.get(Clients.RAW);
      double vsRaw = d != null && r != null ? figure.costRatio(d, r) : Double.NaN;
      double vsOpenAi = d != null && o != null ? figure.costRatio(d, o) : Double.NaN;
      List<String> targets = new ArrayList<>();
      boolean met = true;
      if (figure.rawTarget > 0) {
        targets.add(String.format(Locale.ROOT, "≤ %.2fx raw", figure.rawTarget));
        met &= vsRaw <= figure.rawTarget;
      }
      if (figure == Figure.FOOTPRINT) {
        targets.add("< 4 MB");
        met &= d != null && d < FOOTPRINT_LIMIT_MB;
      }
      targets.add("< 1.00x openai");
      met &= vsOpenAi < 1.0;
      s.append("| ").append(figure.title).append(" | ").append(figure.unit).append(" | ").append(num(d)).append(" | ")
          .append(num(o)).append(" | ").append(num(r)).append(" | ").append(ratio(vsRaw)).append(" | ")
          .append(ratio(vsOpenAi)).append(" | ").append(String.join(", ", targets)).append(" | ")
          .append(met ? "yes" : "**no**").append(" |\n");
    }
    if (!peaks.isEmpty()) {
      s.append("\nPeak paced streams the server served at once (min / max over iterations):\n\n");
      peaks.forEach((k, v) -> s.append("- ").append(k).append(": ").append(v.replace(' ', '/')).append('\n'));
    }
    if (!footprintNotes.isEmpty()) {
      s.append("\nRuntime closures:\n\n");
      footprintNotes.forEach(n -> s.append(n).append('\n'));
    }
    if (!checks.isEmpty()) {
      s.append("\n## Checksums (every client parsed the same thing)\n\n");
      checks.forEach(c -> s.append(c).append('\n'));
      s.append('\n');
      checkNotes.forEach(c -> s.append("- ").append(c).append('\n'));
    }
    s.append("\n## Samples behind each median\n\n");
    for (Map.Entry<Figure, Map<String, List<Double>>> e : samples.entrySet()) {
      for (Map.Entry<String, List<Double>> c : e.getValue().entrySet()) {
        List<String> values = new ArrayList<>();
        c.getValue().forEach(v -> values.add(num(v)));
        s.append("- ").append(e.getKey().title).append(", ").append(c.getKey()).append(" (").append(e.getKey().unit)
            .append("): ").append(String.join(", ", values)).append('\n');
      }
    }
    return s.toString();
  }

  static String num(Double v) {
    if (v == null || v.isNaN()) {
      return "–";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String ratio(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2fx", v);
  }
}
