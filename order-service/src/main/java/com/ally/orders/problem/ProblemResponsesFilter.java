package com.ally.orders.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers every operation can give, by rule, so that no endpoint's
 * error responses are forgotten: bodies can be invalid (400, 415), parameters can name nothing
 * (404), secured operations can be refused (401, 403).
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; `code` is stable, clients branch on it")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("code", text).addProperty("detail", text).addProperty("instance", text)
                .addProperty("requestId", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
        openAPI.getComponents().addSchema("Problem", problem);
    }

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : pathItem.getOperations().entrySet()) {
            Operation op = entry.getValue();
            APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
            boolean hasBody = op.getRequestBody() != null;
            boolean hasParameters = op.getParameters() != null && !op.getParameters().isEmpty();
            boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
            if (hasBody || hasParameters) {
                add(responses, "400", "Invalid input: the problem names each offending field", "VALIDATION_FAILED");
            }
            if (hasBody) {
                add(responses, "415", "The body is not application/json", "UNSUPPORTED_MEDIA_TYPE");
            }
            if (hasParameters) {
                add(responses, "404", "Nothing with that id or slug", "NOT_FOUND");
            }
            if (secured) {
                add(responses, "401", "No bearer token, or a bad one", "UNAUTHORIZED");
                add(responses, "403", "The token's role does not allow this", "FORBIDDEN");
            }
            add(responses, "500", "Unexpected failure; quote the requestId", "INTERNAL_ERROR");
            op.setResponses(responses);
        }
        return pathItem;
    }

    private static void add(APIResponses responses, String status, String description, String code) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .example(Map.of("type", "https://docs.ally.example/problems/" + code.toLowerCase().replace('_', '-'),
                        "title", description, "status", Integer.parseInt(status), "code", code,
                        "requestId", "3f9c2a51-6c1e-4c1e-9a57-0d4f3f0b2a11"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(status, response);
    }
}
