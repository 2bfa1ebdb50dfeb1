package vn.htxso.governance;

import java.time.LocalDate;
import java.util.UUID;

/** An assembly's minutes were signed by chair and secretary: its resolutions are now effective. */
public record MinutesSigned(AssemblyId assembly, UUID organisationId, AssemblyKind kind, Integer fiscalYear,
                            LocalDate heldOn) {
}
