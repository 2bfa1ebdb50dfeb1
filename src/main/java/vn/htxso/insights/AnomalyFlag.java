package vn.htxso.insights;

import java.util.Map;
import java.util.UUID;

/**
 * A flag on an annual report: the rule that fired, the figures behind it and the threshold. Pages and the API word
 * it with the message {@code insights.rule.<rule>} and the values in order.
 *
 * @param reviewed whether an officer has marked it "checked, correct"
 */
public record AnomalyFlag(UUID organisationId, String registrationNo, String name, String provinceCode, int year,
                          String rule, Map<String, Number> values, Number threshold, boolean reviewed) {

    /** Arguments of the rule's message: the values in order, then the threshold. */
    public Object[] messageArguments() {
        Object[] args = new Object[values.size() + 1];
        int i = 0;
        for (Number v : values.values()) {
            args[i++] = v;
        }
        args[i] = threshold;
        return args;
    }

    AnomalyFlag withReviewed(boolean value) {
        return new AnomalyFlag(organisationId, registrationNo, name, provinceCode, year, rule, values, threshold,
                value);
    }
}
