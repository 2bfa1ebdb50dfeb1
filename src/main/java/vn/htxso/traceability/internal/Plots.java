package vn.htxso.traceability.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.traceability.Plot;
import vn.htxso.traceability.Standard;

/** The co-ops' plots. */
@Repository
public class Plots {

    private final JdbcClient jdbc;

    Plots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Plot> ofOrganisation(UUID organisationId) {
        return jdbc.sql("select * from trace_plots where organisation_id = ? order by name")
                .param(organisationId).query(Plots::map).list();
    }

    public Optional<Plot> find(UUID id) {
        return jdbc.sql("select * from trace_plots where id = ?").param(id).query(Plots::map).optional();
    }

    public void insert(Plot plot) {
        jdbc.sql("""
                insert into trace_plots (id, organisation_id, location_ref, name, commune_name, area_m2, crop,
                                         standard, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plot.id(), plot.organisationId(), plot.locationRef(), plot.name(), plot.communeName(),
                        plot.areaM2(), plot.crop(), plot.standard().name(), JdbcRows.at(plot.createdAt()))
                .update();
    }

    static Plot map(ResultSet rs, int row) throws SQLException {
        return new Plot(JdbcRows.uuid(rs, "id"), JdbcRows.uuid(rs, "organisation_id"), rs.getInt("location_ref"),
                rs.getString("name"), rs.getString("commune_name"), rs.getLong("area_m2"), rs.getString("crop"),
                Standard.valueOf(rs.getString("standard")), JdbcRows.instant(rs, "created_at"));
    }
}
