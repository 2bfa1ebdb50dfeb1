package vn.htxso.assessment;

/** An evidence file a co-op uploaded for an item of its assessment, as stored. */
public record EvidenceFile(String name, String contentType, byte[] content) {
}
