package vn.htxso.learning;

import java.util.List;

/**
 * Training figures per programme and per province, for the events that have started (of one province, or all).
 *
 * @param province the province the report is limited to, or {@code null} (national)
 */
public record TrainingReport(String province, List<Row> byProgramme, List<Row> byProvince, Row total) {

    /**
     * One group of events.
     *
     * @param key the programme's name or the province's code ({@code null}: events without one)
     * @param registered people registered or added at the door (not cancelled)
     * @param participants people checked in to at least one session (a person at two events counts twice)
     * @param completed participants checked in to the sessions the event asks for a certificate
     * @param coopsReached co-ops with at least one participant
     */
    public record Row(String key, int events, int registered, int participants, int women, int ethnicMinority,
                      int coopsReached, int completed, int certificates, Maturity maturity) {

        /** Participants per registered person, in percent ({@code null} without registrations). */
        public Double attendancePercent() {
            return registered == 0 ? null : 100.0 * participants / registered;
        }

        /** Completions per registered person, in percent ({@code null} without registrations). */
        public Double completionPercent() {
            return registered == 0 ? null : 100.0 * completed / registered;
        }
    }

    /**
     * The maturity (HTX-DMI, percent of the maximum score) of the trained co-ops that were assessed before their
     * first training of the group (T0: the latest assessment before it started) and again after it (T1: the first
     * assessment after it ended). Averages are {@code null} when no co-op has both.
     *
     * @param coops co-ops with both T0 and T1
     * @param levelUp those of them whose level rose
     */
    public record Maturity(int coops, Double t0Percent, Double t1Percent, Double changePoints, int levelUp) {
    }
}
