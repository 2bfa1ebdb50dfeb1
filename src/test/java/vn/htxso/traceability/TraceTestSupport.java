package vn.htxso.traceability;


import java.io.InputStream;
import java.util.List;
import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.internal.Accounts;

/** Signing demo users in for MockMvc, and the EPCIS 2.0 schema copied into the test resources. */
final class TraceTestSupport {

    /** The demo co-ops whose lots the demo generator writes (HTX Chè Thanh Chương, HTX Quế Hồi Văn Yên). */
    static final java.util.UUID TEA_COOP = java.util.UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final java.util.UUID CINNAMON_COOP = java.util.UUID.fromString("a0000000-0000-4000-8000-000000000002");

    private static final JsonSchema SCHEMA = load();

    private TraceTestSupport() {
    }

    static CurrentUser user(Accounts accounts, String username) {
        return accounts.byUsername(username).orElseThrow().toCurrentUser();
    }

    static RequestPostProcessor as(Accounts accounts, String username) {
        return vn.htxso.support.DemoUsers.as(user(accounts, username));
    }

    /** The schema's findings on a JSON text; empty when it is a valid EPCIS 2.0 document. */
    static List<String> schemaErrors(String json) {
        Set<ValidationMessage> messages = SCHEMA.validate(json, InputFormat.JSON);
        return messages.stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).toList();
    }

    private static JsonSchema load() {
        try (InputStream in = TraceTestSupport.class.getResourceAsStream("/epcis-2.0-document.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
