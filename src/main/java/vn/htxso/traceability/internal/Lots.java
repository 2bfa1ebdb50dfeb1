package vn.htxso.traceability.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.traceability.Shipment;
import vn.htxso.traceability.TraceProduct;
import vn.htxso.traceability.Lot;
import vn.htxso.traceability.LotOrigin;
import vn.htxso.traceability.Unit;

/** Products (GTINs), lots, what they were made of, where they went. */
@Repository
public class Lots {

    private static final String SELECT = """
            select t.*, p.name as product_name, coalesce(t.product_id, p.product_id) as linked_product_id
            from trace_lots t join trace_products p on p.id = t.trace_product_id""";

    private final JdbcClient jdbc;

    Lots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Lot> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(Lots::map).optional();
    }

    public Optional<Lot> find(String gtin, String lotNumber) {
        return jdbc.sql(SELECT + " where t.gtin = ? and t.lot_number = ?").params(gtin, lotNumber)
                .query(Lots::map).optional();
    }

    public List<Lot> ofOrganisation(UUID organisationId) {
        return jdbc.sql(SELECT + " where t.organisation_id = ? order by t.produced_on desc, t.created_at desc")
                .param(organisationId).query(Lots::map).list();
    }

    /** Published lots of the given organisations, the latest published first, at most {@code limit}. */
    public List<Lot> publishedOf(java.util.Collection<UUID> organisationIds, int limit) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where t.organisation_id in (:orgs) and t.published_at is not null"
                        + " order by t.published_at desc, t.lot_number fetch first :limit rows only")
                .param("orgs", organisationIds).param("limit", limit).query(Lots::map).list();
    }

    /** How many lots each of the given organisations published in [from, to). */
    public java.util.Map<UUID, Integer> publishedCounts(java.util.Collection<UUID> organisationIds, Instant from,
                                                        Instant to) {
        java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
        if (organisationIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select organisation_id, count(*) from trace_lots where organisation_id in (:orgs)"
                        + " and published_at >= :from and published_at < :to group by organisation_id")
                .param("orgs", organisationIds).param("from", JdbcRows.at(from)).param("to", JdbcRows.at(to))
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }

    /** Lots of the co-op with quantity left, to pick as inputs of a step. */
    public List<Lot> available(UUID organisationId) {
        return jdbc.sql(SELECT + " where t.organisation_id = ? and t.remaining > 0 order by t.produced_on desc")
                .param(organisationId).query(Lots::map).list();
    }

    public void insert(Lot lot, Instant now) {
        jdbc.sql("""
                insert into trace_lots (id, organisation_id, trace_product_id, gtin, lot_number, origin, plot_id,
                  quantity, remaining, unit, produced_on, harvested_on, phi_warning, step_reason, product_id,
                  published_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lot.id(), lot.organisationId(), lot.traceProductId(), lot.gtin(), lot.lotNumber(),
                        lot.origin().name(), lot.plotId(), lot.quantity(), lot.remaining(), lot.unit().name(),
                        lot.producedOn(), lot.harvestedOn(), lot.phiWarning(), lot.stepReason(), lot.productId(),
                        JdbcRows.at(lot.publishedAt()), JdbcRows.at(now))
                .update();
    }

    /** Takes a quantity out of a lot; false when not that much is left. */
    public boolean consume(UUID lotId, BigDecimal quantity) {
        return jdbc.sql("""
                update trace_lots set remaining = remaining - ?, version = version + 1
                where id = ? and remaining >= ?""").params(quantity, lotId, quantity).update() == 1;
    }

    public int countOn(String gtin, LocalDate producedOn) {
        return jdbc.sql("select count(*) from trace_lots where gtin = ? and produced_on = ?")
                .params(gtin, producedOn).query(Integer.class).single();
    }

    public boolean lotNumberTaken(String gtin, String lotNumber) {
        return jdbc.sql("select count(*) from trace_lots where gtin = ? and lot_number = ?")
                .params(gtin, lotNumber).query(Integer.class).single() > 0;
    }

    public void publish(Set<UUID> lotIds, Instant now) {
        for (UUID id : lotIds) {
            jdbc.sql("update trace_lots set published_at = ? where id = ? and published_at is null")
                    .params(JdbcRows.at(now), id).update();
        }
    }

    public void addInput(UUID outputLot, UUID inputLot, BigDecimal quantity) {
        jdbc.sql("insert into trace_lot_inputs (output_lot_id, input_lot_id, quantity) values (?, ?, ?)")
                .params(outputLot, inputLot, quantity).update();
    }

    public List<LotInput> inputsOf(UUID outputLot) {
        return jdbc.sql("select input_lot_id, quantity from trace_lot_inputs where output_lot_id = ?")
                .param(outputLot)
                .query((rs, n) -> new LotInput(JdbcRows.uuid(rs, "input_lot_id"), rs.getBigDecimal("quantity"))).list();
    }

    public List<UUID> outputsOf(UUID inputLot) {
        return jdbc.sql("select output_lot_id from trace_lot_inputs where input_lot_id = ?").param(inputLot)
                .query((rs, n) -> JdbcRows.uuid(rs, "output_lot_id")).list();
    }

    /** The lot and every lot upstream of it (its inputs, their inputs, …), the lot first. */
    public List<UUID> upstream(UUID lotId) {
        Set<UUID> seen = new LinkedHashSet<>();
        List<UUID> queue = new ArrayList<>(List.of(lotId));
        while (!queue.isEmpty()) {
            UUID next = queue.remove(0);
            if (seen.add(next)) {
                inputsOf(next).forEach(i -> queue.add(i.lotId()));
            }
        }
        return List.copyOf(seen);
    }

    public void linkLogs(UUID lotId, List<UUID> logIds) {
        jdbc.sql("delete from trace_lot_logs where lot_id = ?").param(lotId).update();
        for (UUID logId : new LinkedHashSet<>(logIds)) {
            jdbc.sql("insert into trace_lot_logs (lot_id, log_id) values (?, ?)").params(lotId, logId).update();
        }
    }

    /** The GS1 key of the latest published lot sold as a marketplace product, if any. */
    public Optional<String[]> latestPublishedKeyOf(UUID marketplaceProductId) {
        return jdbc.sql("""
                select t.gtin, t.lot_number from trace_lots t join trace_products p on p.id = t.trace_product_id
                where coalesce(t.product_id, p.product_id) = ? and t.published_at is not null
                order by t.published_at desc limit 1""").param(marketplaceProductId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    public void linkProduct(UUID traceProductId, UUID productId) {
        jdbc.sql("update trace_products set product_id = ? where id = ?").params(productId, traceProductId).update();
    }

    // products

    public Optional<TraceProduct> product(UUID organisationId, String nameKey) {
        return jdbc.sql("select * from trace_products where organisation_id = ? and name_key = ?")
                .params(organisationId, nameKey).query(Lots::product).optional();
    }

    public Optional<TraceProduct> productByGtin(String gtin) {
        return jdbc.sql("select * from trace_products where gtin = ?").param(gtin).query(Lots::product).optional();
    }

    public List<TraceProduct> products(UUID organisationId) {
        return jdbc.sql("select * from trace_products where organisation_id = ? order by name")
                .param(organisationId).query(Lots::product).list();
    }

    public void insertProduct(TraceProduct product, Instant now) {
        jdbc.sql("""
                insert into trace_products (id, organisation_id, name, name_key, gtin, product_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(product.id(), product.organisationId(), product.name(), product.nameKey(), product.gtin(),
                        product.productId(), JdbcRows.at(now)).update();
    }

    // shipments and cartons

    public void insertShipment(Shipment shipment, UUID organisationId, Instant now) {
        jdbc.sql("""
                insert into trace_shipments (id, organisation_id, lot_id, direction, party, happened_on, quantity,
                  created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(shipment.id(), organisationId, shipment.lotId(), shipment.direction(), shipment.party(),
                        shipment.happenedOn(), shipment.quantity(), JdbcRows.at(now)).update();
    }

    public List<Shipment> shipments(UUID lotId) {
        return jdbc.sql("select * from trace_shipments where lot_id = ? order by happened_on, created_at")
                .param(lotId).query((rs, n) -> new Shipment(JdbcRows.uuid(rs, "id"), JdbcRows.uuid(rs, "lot_id"),
                        rs.getString("direction"), rs.getString("party"), JdbcRows.date(rs, "happened_on"),
                        rs.getBigDecimal("quantity"))).list();
    }

    public void insertCarton(UUID id, UUID organisationId, String sscc, LocalDate packedOn, Instant now) {
        jdbc.sql("""
                insert into trace_cartons (id, organisation_id, sscc, packed_on, created_at) values (?, ?, ?, ?, ?)""")
                .params(id, organisationId, sscc, packedOn, JdbcRows.at(now)).update();
    }

    public void addToCarton(UUID cartonId, UUID lotId, BigDecimal quantity) {
        jdbc.sql("insert into trace_carton_lots (carton_id, lot_id, quantity) values (?, ?, ?)")
                .params(cartonId, lotId, quantity).update();
    }

    public List<String> cartonsOf(UUID lotId) {
        return jdbc.sql("""
                select c.sscc from trace_cartons c join trace_carton_lots x on x.carton_id = c.id
                where x.lot_id = ? order by c.packed_on""").param(lotId).query(String.class).list();
    }

    public List<UUID> lotsInCarton(String sscc) {
        return jdbc.sql("""
                select x.lot_id from trace_carton_lots x join trace_cartons c on c.id = x.carton_id
                where c.sscc = ? order by x.lot_id""").param(sscc).query((rs, n) -> JdbcRows.uuid(rs, "lot_id")).list();
    }

    public record LotInput(UUID lotId, BigDecimal quantity) {
    }

    static TraceProduct product(ResultSet rs, int row) throws SQLException {
        return new TraceProduct(JdbcRows.uuid(rs, "id"), JdbcRows.uuid(rs, "organisation_id"), rs.getString("name"),
                rs.getString("name_key"), rs.getString("gtin"), JdbcRows.uuid(rs, "product_id"));
    }

    static Lot map(ResultSet rs, int row) throws SQLException {
        return new Lot(JdbcRows.uuid(rs, "id"), JdbcRows.uuid(rs, "organisation_id"), JdbcRows.uuid(rs, "trace_product_id"),
                rs.getString("product_name"), rs.getString("gtin"), rs.getString("lot_number"),
                LotOrigin.valueOf(rs.getString("origin")), JdbcRows.uuid(rs, "plot_id"), rs.getBigDecimal("quantity"),
                rs.getBigDecimal("remaining"), Unit.valueOf(rs.getString("unit")), JdbcRows.date(rs, "produced_on"),
                JdbcRows.date(rs, "harvested_on"), rs.getString("phi_warning"), rs.getString("step_reason"),
                JdbcRows.uuid(rs, "linked_product_id"), JdbcRows.instant(rs, "published_at"));
    }
}
