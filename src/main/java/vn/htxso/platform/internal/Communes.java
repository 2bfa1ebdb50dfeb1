package vn.htxso.platform.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.Commune;

/** The communes, imported by a national admin. */
@Repository
public class Communes {

    private final JdbcClient jdbc;

    Communes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The communes of a province by name. */
    public List<Commune> of(String provinceCode) {
        return jdbc.sql("select code, name, province_code from communes where province_code = ? order by name")
                .param(provinceCode).query(Commune.class).list();
    }

    /** Inserts the commune, or renames (and moves) the one with its code. */
    public void save(Commune commune) {
        int updated = jdbc.sql("update communes set name = ?, province_code = ? where code = ?")
                .params(commune.name(), commune.provinceCode(), commune.code()).update();
        if (updated == 0) {
            jdbc.sql("insert into communes (code, name, province_code) values (?, ?, ?)")
                    .params(commune.code(), commune.name(), commune.provinceCode()).update();
        }
    }

    public int count() {
        return jdbc.sql("select count(*) from communes").query(Integer.class).single();
    }
}
