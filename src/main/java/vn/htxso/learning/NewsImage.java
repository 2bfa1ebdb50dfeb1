package vn.htxso.learning;

/** The image of a news post: its bytes and media type (PNG or JPEG, checked on upload). */
public record NewsImage(byte[] content, String contentType) {
}
