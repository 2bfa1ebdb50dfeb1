package vn.htxso.governance;

import java.util.UUID;

public record AssemblyId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
