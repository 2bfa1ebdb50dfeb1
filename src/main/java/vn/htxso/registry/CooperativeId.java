package vn.htxso.registry;

import java.util.UUID;

/** The identity of an organisation (HTX, co-op group or union) across modules. */
public record CooperativeId(UUID value) {

    public CooperativeId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static CooperativeId of(String value) {
        return new CooperativeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
