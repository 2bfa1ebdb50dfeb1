package vn.htxso.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Sector;
import vn.htxso.registry.SizeClass;

/** A cooperative organisation: HTX, co-op group (THT) or union (LHHTX). */
@Entity
@Table(name = "organisations")
public class Organisation {

    @Id
    private UUID id;
    @Column(name = "registration_no", nullable = false, unique = true)
    private String registrationNo;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;
    @Column(name = "province_code", nullable = false)
    private String provinceCode;
    @Column(name = "commune_name", nullable = false)
    private String communeName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationStatus status;
    @Column(name = "founded_on")
    private LocalDate foundedOn;
    private int members;
    @Column(name = "charter_capital_vnd")
    private Long charterCapitalVnd;
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    private SizeClass sizeClass;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String registrationNo, String name, OrganisationKind kind, String provinceCode,
                        String communeName, Sector sector, OrganisationStatus status, Instant now) {
        this.id = UUID.randomUUID();
        this.registrationNo = registrationNo;
        this.name = name;
        this.kind = kind;
        this.provinceCode = provinceCode;
        this.communeName = communeName;
        this.sector = sector;
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public OrganisationSummary summary() {
        return new OrganisationSummary(new CooperativeId(id), registrationNo, name, kind, provinceCode, communeName,
                sector, status, sizeClass);
    }

    public UUID id() {
        return id;
    }

    public String registrationNo() {
        return registrationNo;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String communeName() {
        return communeName;
    }

    public Sector sector() {
        return sector;
    }

    public OrganisationStatus status() {
        return status;
    }

    public LocalDate foundedOn() {
        return foundedOn;
    }

    public int members() {
        return members;
    }

    public Long charterCapitalVnd() {
        return charterCapitalVnd;
    }

    public SizeClass sizeClass() {
        return sizeClass;
    }

    public long version() {
        return version;
    }
}
