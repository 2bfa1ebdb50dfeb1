package vn.htxso.traceability.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form binding on the traceability pages: quantities accept a decimal comma ("42,5", as Vietnamese write it) and
 * a value of the wrong type is reported with our own message instead of the converter's text.
 */
@ControllerAdvice(assignableTypes = {DiaryController.class, LotsController.class})
class TraceabilityBinding {

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
        binder.setMessageCodesResolver(new DefaultMessageCodesResolver() {
            @Override
            public String[] resolveMessageCodes(String errorCode, String objectName, String field,
                                                Class<?> fieldType) {
                if ("typeMismatch".equals(errorCode)) {
                    return new String[] {"traceability.field.invalid"};
                }
                return super.resolveMessageCodes(errorCode, objectName, field, fieldType);
            }
        });
    }

    /** "42,5", "42.5" and " 1 200 " read as numbers; blank is null; shown without needless zeros. */
    static final class DecimalEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            String cleaned = text.strip().replace(" ", "").replace('\u00a0', ' ').replace(" ", "");
            if (cleaned.indexOf(',') >= 0 && cleaned.indexOf('.') < 0) {
                cleaned = cleaned.replace(',', '.');
            }
            setValue(new BigDecimal(cleaned));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : "";
        }
    }
}
