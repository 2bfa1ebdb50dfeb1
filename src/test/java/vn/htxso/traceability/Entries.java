package vn.htxso.traceability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Diary entries for tests. */
final class Entries {

    private Entries() {
    }

    static LogEntry pesticide(UUID plot, LocalDate date, String product, int phiDays) {
        return new LogEntry(plot, LogKind.INPUT, date, null, InputType.PESTICIDE, product, "hoạt chất", "0,5 l/ha",
                phiDays, null, null, null, null, null, null, null, null, null, null);
    }

    static LogEntry harvest(UUID plot, LocalDate date, String kg) {
        return new LogEntry(plot, LogKind.HARVEST, date, null, null, null, null, null, null, new BigDecimal(kg),
                Unit.KGM, null, null, null, null, null, null, null, null);
    }

    static LogEntry activity(UUID plot, LocalDate date, String what) {
        return new LogEntry(plot, LogKind.ACTIVITY, date, what, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }
}
