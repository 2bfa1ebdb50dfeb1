package vn.htxso.registry.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The communes the registry's organisations are in, as their rows spell them. */
@Repository
public class CommuneNames {

    private final JdbcClient jdbc;

    CommuneNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> inProvince(String provinceCode) {
        return jdbc.sql("select distinct commune_name from organisations where province_code = ? "
                        + "and commune_name is not null and commune_name <> ''")
                .param(provinceCode).query(String.class).list();
    }
}
