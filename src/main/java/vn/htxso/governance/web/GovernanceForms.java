package vn.htxso.governance.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.htxso.governance.AssemblyForm;
import vn.htxso.governance.AssemblyKind;
import vn.htxso.governance.Choice;
import vn.htxso.governance.MeetingMode;
import vn.htxso.governance.ResolutionCategory;
import vn.htxso.governance.ResolutionSubject;

/** The page forms of the governance module. */
final class GovernanceForms {

    private GovernanceForms() {
    }

    /** Convening an assembly. */
    public static class Convene {
        @NotNull(message = "{governance.api.required}")
        private AssemblyKind kind = AssemblyKind.ANNUAL;
        @NotNull(message = "{governance.api.required}")
        private AssemblyForm form = AssemblyForm.FULL;
        private MeetingMode mode = MeetingMode.BOTH;
        @NotNull(message = "{governance.assembly.dayRequired}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate scheduledOn;
        @Min(value = 1, message = "{governance.api.positive}")
        @Max(value = 1_000_000, message = "{governance.api.tooLarge}")
        private Integer delegates;
        @Size(max = 4000, message = "{governance.assembly.agendaTooLong}")
        private String agenda;

        public AssemblyKind getKind() { return kind; }
        public void setKind(AssemblyKind kind) { this.kind = kind; }
        public AssemblyForm getForm() { return form; }
        public void setForm(AssemblyForm form) { this.form = form; }
        public MeetingMode getMode() { return mode; }
        public void setMode(MeetingMode mode) { this.mode = mode; }
        public LocalDate getScheduledOn() { return scheduledOn; }
        public void setScheduledOn(LocalDate scheduledOn) { this.scheduledOn = scheduledOn; }
        public Integer getDelegates() { return delegates; }
        public void setDelegates(Integer delegates) { this.delegates = delegates; }
        public String getAgenda() { return agenda; }
        public void setAgenda(String agenda) { this.agenda = agenda; }
    }

    /** Opening an online vote. */
    public static class Vote {
        @NotBlank(message = "{governance.resolution.titleRequired}")
        @Size(max = 300, message = "{governance.resolution.titleTooLong}")
        private String title;
        @NotNull(message = "{governance.resolution.required}")
        private ResolutionCategory category = ResolutionCategory.ORDINARY;
        private ResolutionSubject subject = ResolutionSubject.GENERAL;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public ResolutionCategory getCategory() { return category; }
        public void setCategory(ResolutionCategory category) { this.category = category; }
        public ResolutionSubject getSubject() { return subject; }
        public void setSubject(ResolutionSubject subject) { this.subject = subject; }
    }

    /** Paper ballots counted at the assembly. */
    public static class Paper {
        @NotNull(message = "{governance.api.required}") @Min(value = 0, message = "{governance.resolution.negative}")
        @Max(value = 1_000_000, message = "{governance.api.tooLarge}")
        private Integer votesFor = 0;
        @NotNull(message = "{governance.api.required}") @Min(value = 0, message = "{governance.resolution.negative}")
        @Max(value = 1_000_000, message = "{governance.api.tooLarge}")
        private Integer votesAgainst = 0;
        @NotNull(message = "{governance.api.required}") @Min(value = 0, message = "{governance.resolution.negative}")
        @Max(value = 1_000_000, message = "{governance.api.tooLarge}")
        private Integer abstentions = 0;

        public Integer getVotesFor() { return votesFor; }
        public void setVotesFor(Integer votesFor) { this.votesFor = votesFor; }
        public Integer getVotesAgainst() { return votesAgainst; }
        public void setVotesAgainst(Integer votesAgainst) { this.votesAgainst = votesAgainst; }
        public Integer getAbstentions() { return abstentions; }
        public void setAbstentions(Integer abstentions) { this.abstentions = abstentions; }
    }

    /** The day an assembly was held. */
    public static class Held {
        @NotNull(message = "{governance.assembly.dayRequired}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate heldOn;

        public LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    }

    /** The chair's and the secretary's names, which sign minutes and their corrections. */
    public static class Signers {
        @NotBlank(message = "{governance.minutes.signersRequired}")
        @Size(max = 200, message = "{governance.api.tooLong}")
        private String chairName;
        @NotBlank(message = "{governance.minutes.signersRequired}")
        @Size(max = 200, message = "{governance.api.tooLong}")
        private String secretaryName;

        public String getChairName() { return chairName; }
        public void setChairName(String chairName) { this.chairName = chairName; }
        public String getSecretaryName() { return secretaryName; }
        public void setSecretaryName(String secretaryName) { this.secretaryName = secretaryName; }
    }

    /** Signing the minutes. */
    public static class Minutes extends Signers {
        @Size(max = 8000, message = "{governance.minutes.tooLong}")
        private String minutesText;

        public String getMinutesText() { return minutesText; }
        public void setMinutesText(String minutesText) { this.minutesText = minutesText; }
    }

    /** A member's ballot. */
    public static class Ballot {
        @NotNull(message = "{governance.vote.choiceRequired}")
        private Choice choice;

        public Choice getChoice() { return choice; }
        public void setChoice(Choice choice) { this.choice = choice; }
    }

    /** A member's check-in code at the door. */
    public static class CheckIn {
        @NotBlank(message = "{governance.attendance.wrongCode}")
        @Size(max = 12, message = "{governance.attendance.wrongCode}")
        private String code;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
    }
}
