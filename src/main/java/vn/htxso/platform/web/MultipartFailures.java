package vn.htxso.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * What went wrong with a multipart body the server could not read, for every upload of every module (API and
 * pages alike): a file over the size limit (413), a part header over the container's limit, which in practice is a
 * file name far too long (Tomcat calls it a size limit too, so it used to read "larger than 20 MB"), and a body that is
 * truncated, has no boundary or is otherwise broken (400). Never a 500.
 */
final class MultipartFailures {

    /** The longest file name any upload accepts; {@code UploadChecker} holds names to the same limit. */
    static final int MAX_NAME = vn.htxso.platform.UploadChecker.MAX_FILE_NAME;

    record Failure(HttpStatus status, String messageKey, Object[] args) {
    }

    private MultipartFailures() {
    }

    private static boolean headerOverLimit(Throwable exception) {
        for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Header section has more than")) {
                return true;
            }
        }
        return false;
    }

    /** The failure of a multipart body, or {@code null} when the exception is not one. */
    static Failure of(Throwable exception) {
        if (exception instanceof MaxUploadSizeExceededException && !headerOverLimit(exception)) {
            return new Failure(HttpStatus.CONTENT_TOO_LARGE, "error.413", new Object[0]);
        }
        boolean multipart = false;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Header section has more than")) {
                return new Failure(HttpStatus.BAD_REQUEST, "platform.upload.nameTooLong", new Object[] {MAX_NAME});
            }
            if (t instanceof MultipartException) {
                multipart = true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (!multipart) {
            return null;
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException
                    || t instanceof org.apache.tomcat.util.http.fileupload.impl.SizeException) {
                return new Failure(HttpStatus.CONTENT_TOO_LARGE, "error.413", new Object[0]);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new Failure(HttpStatus.BAD_REQUEST, "platform.upload.malformed", new Object[0]);
    }
}
