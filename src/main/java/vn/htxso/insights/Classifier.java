package vn.htxso.insights;

/**
 * Demand classification of Syntetos, Boylan &amp; Croston (2005) with the cut-offs ADI 1.32 and CV² 0.49: ADI is the
 * number of periods per non-zero demand, CV² the squared coefficient of variation (population) of the non-zero sizes.
 */
final class Classifier {

    static final double ADI_CUT = 1.32;
    static final double CV2_CUT = 0.49;

    private Classifier() {
    }

    static double adi(double[] y) {
        long nonZero = nonZero(y);
        return nonZero == 0 ? Double.POSITIVE_INFINITY : (double) y.length / nonZero;
    }

    static double cv2(double[] y) {
        double sum = 0;
        int count = 0;
        for (double v : y) {
            if (v > 0) {
                sum += v;
                count++;
            }
        }
        if (count == 0) {
            return 0;
        }
        double mean = sum / count;
        double squares = 0;
        for (double v : y) {
            if (v > 0) {
                squares += (v - mean) * (v - mean);
            }
        }
        return squares / count / (mean * mean);
    }

    static DemandClass classify(double[] y) {
        boolean sparse = adi(y) >= ADI_CUT;
        boolean variable = cv2(y) >= CV2_CUT;
        if (sparse) {
            return variable ? DemandClass.LUMPY : DemandClass.INTERMITTENT;
        }
        return variable ? DemandClass.ERRATIC : DemandClass.SMOOTH;
    }

    static int nonZero(double[] y) {
        int count = 0;
        for (double v : y) {
            if (v > 0) {
                count++;
            }
        }
        return count;
    }
}
