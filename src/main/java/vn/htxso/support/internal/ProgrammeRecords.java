package vn.htxso.support.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.support.ApplicationState;
import vn.htxso.support.SupportRecords.Participation;
import vn.htxso.support.SupportRecords.ProgrammeInfo;

/** The programmes and their applications read as records for other modules' analyses. */
@Repository
public class ProgrammeRecords {

    private final JdbcClient jdbc;

    ProgrammeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProgrammeInfo> programmes() {
        return jdbc.sql("select id, name, province_code, eligible_provinces, starts_on, ends_on from programmes order by starts_on, name")
                .query((rs, n) -> new ProgrammeInfo(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        provinces(rs.getString(4), rs.getString(3)), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class))).list();
    }

    public List<Participation> participations(UUID programmeId) {
        return jdbc.sql("""
                select a.organisation_id, a.province_code, a.package_id, p.name, a.state, a.submitted_at,
                  a.deployed_at from support_applications a join support_packages p on p.id = a.package_id
                where a.programme_id = ? order by a.created_at""").param(programmeId)
                .query((rs, n) -> new Participation(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getString(4), ApplicationState.valueOf(rs.getString(5)),
                        instant(rs.getObject(6, OffsetDateTime.class)), instant(rs.getObject(7, OffsetDateTime.class))))
                .list();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static List<String> provinces(String eligible, String own) {
        if (eligible == null || eligible.isBlank()) {
            return own == null ? List.of() : List.of(own);
        }
        return Arrays.stream(eligible.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
