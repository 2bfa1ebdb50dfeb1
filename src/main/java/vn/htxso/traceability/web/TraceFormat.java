package vn.htxso.traceability.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import vn.htxso.platform.VnFormat;

/** Quantities as people write them: 320 kg, 42,5 kg (no needless decimals). In templates: {@code @traceFmt}. */
@Component("traceFmt")
class TraceFormat {

    private final VnFormat fmt;

    TraceFormat(VnFormat fmt) {
        this.fmt = fmt;
    }

    public String quantity(BigDecimal value) {
        if (value == null) {
            return "";
        }
        int scale = Math.max(0, Math.min(3, value.stripTrailingZeros().scale()));
        return fmt.decimal(value, scale);
    }
}
