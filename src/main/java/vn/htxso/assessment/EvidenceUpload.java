package vn.htxso.assessment;

/** Evidence sent for an item: a link and/or a file (photo or PDF). */
public record EvidenceUpload(String itemCode, String link, String fileName, byte[] content) {

    public boolean hasFile() {
        return content != null && content.length > 0;
    }

    public boolean hasLink() {
        return link != null && !link.isBlank();
    }
}
