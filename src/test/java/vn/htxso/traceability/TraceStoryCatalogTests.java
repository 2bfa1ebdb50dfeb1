package vn.htxso.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.env.MockEnvironment;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Registry;
import vn.htxso.support.TestClock;
import vn.htxso.traceability.internal.DiaryLogs;
import vn.htxso.traceability.internal.EpcisEvents;
import vn.htxso.traceability.internal.EpcisSchema;
import vn.htxso.traceability.internal.StoredEvents;
import vn.htxso.traceability.internal.Lots;
import vn.htxso.traceability.internal.Plots;
import vn.htxso.traceability.internal.CoopTraceSettings;

/** The trace page takes name, shop and OCOP stars from the marketplace when it implements MarketListings. */
class TraceStoryCatalogTests {

    static final UUID COOP = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final UUID PRODUCT = UUID.randomUUID();

    private final Lots lots = mock(Lots.class);
    private final Registry registry = mock(Registry.class);
    private final AdminUnits adminUnits = mock(AdminUnits.class);
    @SuppressWarnings("unchecked")
    private final ObjectProvider<MarketListings> catalog = mock(ObjectProvider.class);
    private final Lot lot = new Lot(UUID.randomUUID(), COOP, UUID.randomUUID(), "Chè xanh", "08938501000026",
            "261106-1", LotOrigin.PROCESSING, null, new BigDecimal("110"), new BigDecimal("10"), Unit.KGM,
            LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 5), null, null, PRODUCT, Instant.EPOCH);

    private TraceDocuments documents() {
        when(lots.find(lot.gtin(), lot.lotNumber())).thenReturn(Optional.of(lot));
        when(lots.find(lot.id())).thenReturn(Optional.of(lot));
        when(lots.upstream(lot.id())).thenReturn(List.of(lot.id()));
        when(registry.find(any(CooperativeId.class))).thenReturn(Optional.of(new OrganisationSummary(
                new CooperativeId(COOP), "2901234567", "HTX Chè Thanh Chương", null, "40", "Xã Hạnh Lâm", null, null,
                null)));
        when(adminUnits.provinceName("40")).thenReturn("Nghệ An");
        DigitalLinks links = new DigitalLinks(new TraceabilityProperties("https://htxso.example.vn"),
                new MockEnvironment());
        return new TraceDocuments(lots, mock(DiaryLogs.class), mock(Plots.class), mock(CoopTraceSettings.class),
                mock(StoredEvents.class), new EpcisEvents(links), mock(EpcisSchema.class), links, registry, adminUnits,
                catalog, mock(AuditLog.class), TestClock.FIXED);
    }

    @Test
    void showsTheMarketplacesNameShopAndStars() {
        when(catalog.getIfAvailable()).thenReturn(id -> id.equals(PRODUCT)
                ? Optional.of(new MarketListings.CatalogProduct(PRODUCT, "Chè xanh Thanh Chương", "HTX Chè Thanh Chương",
                4, "/market/products/" + PRODUCT)) : Optional.empty());
        TraceStory story = documents().story(lot.gtin(), lot.lotNumber(), null);
        assertThat(story.productName()).isEqualTo("Chè xanh Thanh Chương");
        assertThat(story.ocopStars()).isEqualTo(4);
        assertThat(story.shopName()).isEqualTo("HTX Chè Thanh Chương");
        assertThat(story.productPath()).isEqualTo("/market/products/" + PRODUCT);
        assertThat(story.digitalLink()).isEqualTo("https://htxso.example.vn/01/08938501000026/10/261106-1");
        assertThat(story.provinceName()).isEqualTo("Nghệ An");
    }

    @Test
    void theDigitalLinkHostFallsBackToThePlatformsPublicUrl() {
        DigitalLinks links = new DigitalLinks(new TraceabilityProperties(""),
                new MockEnvironment().withProperty("htxso.platform.public-base-url", "https://htxso.vn/"));
        assertThat(links.lot("08938501000026", "261106-1")).isEqualTo("https://htxso.vn/01/08938501000026/10/261106-1");
    }

    @Test
    void worksWithoutAMarketplace() {
        when(catalog.getIfAvailable()).thenReturn(null);
        TraceStory story = documents().story(lot.gtin(), lot.lotNumber(), null);
        assertThat(story.productName()).isEqualTo("Chè xanh");
        assertThat(story.ocopStars()).isNull();
        assertThat(story.shopName()).isNull();
    }
}
