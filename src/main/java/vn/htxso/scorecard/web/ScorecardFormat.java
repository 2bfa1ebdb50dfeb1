package vn.htxso.scorecard.web;

import org.springframework.stereotype.Component;

import vn.htxso.platform.VnFormat;
import vn.htxso.scorecard.Measure;

/** Writes a measure's value as it reads: a count, a share in %, a level, or VND ({@code @scorecardFormat}). */
@Component("scorecardFormat")
class ScorecardFormat {

    private final VnFormat fmt;

    ScorecardFormat(VnFormat fmt) {
        this.fmt = fmt;
    }

    public String value(Measure measure, Number value) {
        if (value == null) {
            return "";
        }
        return switch (measure.kind()) {
            case SHARE -> fmt.decimal(value, 1) + " %";
            case LEVEL -> fmt.decimal(value, 1);
            case MONEY -> fmt.vnd(Math.round(value.doubleValue()));
            case COUNT -> Math.floor(value.doubleValue()) == value.doubleValue() ? fmt.number(value.doubleValue())
                    : fmt.decimal(value, 1);
        };
    }
}
