package vn.htxso.learning;

import java.util.Objects;
import java.util.UUID;

/** A training event (conference, training day, field day). */
public record EventId(UUID value) {

    public EventId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
