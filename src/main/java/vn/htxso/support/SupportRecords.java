package vn.htxso.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.support.internal.ProgrammeRecords;

/** Read-only records of programmes and who took part, for analyses in other modules (insights' impact report). */
@Service
@Transactional(readOnly = true)
public class SupportRecords {

    private final ProgrammeRecords records;

    SupportRecords(ProgrammeRecords records) {
        this.records = records;
    }

    /** @param provinceCodes the provinces the programme is open to (empty: all) */
    public record ProgrammeInfo(UUID id, String name, String provinceCode, List<String> provinceCodes,
                                LocalDate startsOn, LocalDate endsOn) {
    }

    /** @param deployedAt when the package was deployed (null when it has not been, yet or ever) */
    public record Participation(UUID organisationId, String provinceCode, UUID packageId, String packageName,
                                ApplicationState state, Instant submittedAt, Instant deployedAt) {
    }

    public List<ProgrammeInfo> programmes() {
        return records.programmes();
    }

    public List<Participation> participations(UUID programmeId) {
        return records.participations(programmeId);
    }
}
