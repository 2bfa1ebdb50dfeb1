package vn.htxso.learning.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.htxso.learning.EventKind;
import vn.htxso.learning.NewEvent;
import vn.htxso.platform.VnFormat;

/** An organiser's form for a new event. */
class EventForm {

    @NotBlank(message = "{learning.event.title.required}")
    @Size(max = 200, message = "{learning.event.title.size}")
    private String title;
    @NotNull(message = "{learning.event.kind.required}")
    private EventKind kind = EventKind.TRAINING_DAY;
    @Size(max = 200, message = "{learning.event.programme.size}")
    private String programme;
    @NotBlank(message = "{learning.event.province.required}")
    private String provinceCode;
    @Size(max = 120, message = "{learning.event.commune.size}")
    private String communeName;
    @Size(max = 200, message = "{learning.event.venue.size}")
    private String venue;
    @NotNull(message = "{learning.event.startsAt.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;
    @NotNull(message = "{learning.event.endsAt.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime endsAt;
    @NotNull(message = "{learning.event.capacity.required}")
    @Min(value = 1, message = "{learning.event.capacity.range}")
    @Max(value = 10000, message = "{learning.event.capacity.range}")
    private Integer capacity = 50;
    @NotNull(message = "{learning.event.sessions.range}")
    @Min(value = 1, message = "{learning.event.sessions.range}")
    @Max(value = 20, message = "{learning.event.sessions.range}")
    private Integer sessions = 1;
    @NotNull(message = "{learning.event.sessions.range}")
    @Min(value = 1, message = "{learning.event.sessions.range}")
    @Max(value = 20, message = "{learning.event.sessions.range}")
    private Integer certificateSessions = 1;

    NewEvent toNewEvent() {
        return new NewEvent(title, kind, programme, provinceCode, communeName, venue,
                startsAt.atZone(VnFormat.ZONE).toInstant(), endsAt.atZone(VnFormat.ZONE).toInstant(), capacity,
                sessions, certificateSessions);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public EventKind getKind() { return kind; }
    public void setKind(EventKind kind) { this.kind = kind; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
    public String getCommuneName() { return communeName; }
    public void setCommuneName(String communeName) { this.communeName = communeName; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Integer getSessions() { return sessions; }
    public void setSessions(Integer sessions) { this.sessions = sessions; }
    public Integer getCertificateSessions() { return certificateSessions; }
    public void setCertificateSessions(Integer certificateSessions) { this.certificateSessions = certificateSessions; }
}
