package vn.htxso.traceability;

import java.util.UUID;

/** A photo or file attached to a diary log. */
public record LogAttachment(UUID id, UUID logId, String fileName, String contentType, byte[] content) {
    public boolean image() {
        return contentType.startsWith("image/");
    }
}
