package vn.htxso.platform.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.Province;

/** The 34 provinces (reference data loaded by Flyway). */
@Repository
public class Provinces {

    private final JdbcClient jdbc;

    Provinces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Province> all() {
        return jdbc.sql("select code, name from provinces order by code").query(Province.class).list();
    }
}
