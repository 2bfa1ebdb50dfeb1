import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.htxso.insights.Forecast;
import vn.htxso.insights.Forecasts;
import vn.htxso.insights.Period;

/**
 * Forecast benchmark (on demand, not a test): the whole method choice (classification, every candidate fitted on the
 * training part and scored on the hold-out, refit of the chosen one) for weekly series of 520 values (ten years),
 * seasonal, trending and intermittent, horizon 4 and 52. Prints ms per forecast after a warm-up, on one thread.
 * Run: bench/insights/run.sh
 */
public class ForecastBench {

    public static void main(String[] args) {
        Random random = new Random(520);
        List<List<Double>> seasonal = new ArrayList<>();
        List<List<Double>> intermittent = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            List<Double> a = new ArrayList<>();
            List<Double> b = new ArrayList<>();
            for (int t = 0; t < 520; t++) {
                a.add((double) Math.max(0, Math.round(40 + 0.05 * t + 25 * Math.sin(2 * Math.PI * t / 52)
                        + random.nextGaussian() * 5)));
                b.add(random.nextDouble() < 0.3 ? 1.0 + random.nextInt(10) : 0.0);
            }
            seasonal.add(a);
            intermittent.add(b);
        }
        run("seasonal, horizon 4", seasonal, 4);
        run("seasonal, horizon 52", seasonal, 52);
        run("intermittent, horizon 4", intermittent, 4);
    }

    static void run(String name, List<List<Double>> series, int horizon) {
        for (int i = 0; i < 30; i++) {
            Forecasts.compute(series.get(i % series.size()), Period.WEEK, horizon);
        }
        int n = 100;
        String method = "";
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Forecast f = Forecasts.compute(series.get(i % series.size()), Period.WEEK, horizon);
            method = f.method().name();
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("%-26s 520 values x %d forecasts: %.2f ms/op (last method %s)%n", name, n, ms, method);
    }
}
