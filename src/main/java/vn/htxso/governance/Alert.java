package vn.htxso.governance;

import java.util.List;

/**
 * An alert computed from a co-op's data: the rule's code (message key {@code governance.alert.<code>}) and the
 * figures it names, already formatted.
 */
public record Alert(String code, List<String> arguments) {

    public String messageKey() {
        return "governance.alert." + code;
    }
}
