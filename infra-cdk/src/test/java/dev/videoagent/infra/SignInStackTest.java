package dev.videoagent.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.core.config.EnvVar;
import dev.videoagent.handlers.http.ApiRoutes;
import dev.videoagent.handlers.http.HandlerKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Sign-in in the synthesized stack: the user pool, the page's public client, and the authorizer on every method. */
class SignInStackTest {

    private static Template assertions;
    private static JsonNode template;

    @BeforeAll
    static void synth(@org.junit.jupiter.api.io.TempDir Path dir) {
        App app = new App(AppProps.builder().outdir(dir.toString()).build());
        assertions = Template.fromStack(InfraApp.build(app, Path.of(System.getProperty("videoagent.home", ".."))));
        template = new ObjectMapper().valueToTree(assertions.toJSON());
    }

    private static List<Map.Entry<String, JsonNode>> resources(String type) {
        return StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) () -> template.get("Resources").fields())
                .spliterator(), false).filter(r -> r.getValue().get("Type").asText().equals(type)).toList();
    }

    private static String only(String type) {
        List<Map.Entry<String, JsonNode>> found = resources(type);
        assertThat(found).as(type).hasSize(1);
        return found.get(0).getKey();
    }

    @Test
    void peopleSignUpWithAVerifiedEmailAndAStrongPassword() {
        assertions.hasResourceProperties("AWS::Cognito::UserPool", Match.objectLike(Map.of(
                "UsernameAttributes", List.of("email"),
                "AutoVerifiedAttributes", List.of("email"),
                "AdminCreateUserConfig", Match.objectLike(Map.of("AllowAdminCreateUserOnly", false)),
                "MfaConfiguration", "OPTIONAL",
                "Policies", Map.of("PasswordPolicy", Match.objectLike(Map.of("MinimumLength", 12,
                        "RequireLowercase", true, "RequireUppercase", true, "RequireNumbers", true,
                        "RequireSymbols", true))))));
        assertions.hasResourceProperties("AWS::Cognito::UserPoolDomain", Match.objectLike(Map.of(
                "ManagedLoginVersion", 2)));
    }

    @Test
    void thePageIsAPublicClientOfTheCodeFlowWithShortLivedTokens() {
        assertions.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
                "GenerateSecret", false,
                "AllowedOAuthFlows", List.of("code"),
                "AllowedOAuthFlowsUserPoolClient", true,
                "AllowedOAuthScopes", Match.arrayWith(List.of("openid")),
                "SupportedIdentityProviders", List.of("COGNITO"),
                "IdTokenValidity", 60, "AccessTokenValidity", 60, "RefreshTokenValidity", 43200,
                "EnableTokenRevocation", true,
                "PreventUserExistenceErrors", "ENABLED")));
        assertions.resourceCountIs("AWS::Cognito::UserPoolClient", 1);
    }

    @Test
    void everyMethodButHealthNeedsTheCognitoAuthorizer() {
        String pool = only("AWS::Cognito::UserPool");
        String authorizer = only("AWS::ApiGateway::Authorizer");
        assertions.hasResourceProperties("AWS::ApiGateway::Authorizer", Map.of("Type", "COGNITO_USER_POOLS",
                "IdentitySource", "method.request.header.Authorization", "Name", "signed-in", "RestApiId", Match.anyValue(),
                "ProviderARNs", List.of(Map.of("Fn::GetAtt", List.of(pool, "Arn"))),
                "AuthorizerResultTtlInSeconds", 300));
        String healthFunction = resources("AWS::Lambda::Function").stream().filter(f -> HandlerKind.HEALTH.functionName()
                .equals(f.getValue().at("/Properties/Environment/Variables/" + EnvVar.ROUTE_KIND).asText()))
                .findFirst().orElseThrow().getKey();
        String healthAlias = resources("AWS::Lambda::Alias").stream().filter(a -> a.getValue()
                .at("/Properties/FunctionName/Ref").asText().equals(healthFunction)).findFirst().orElseThrow().getKey();

        int signedIn = 0;
        int open = 0;
        for (Map.Entry<String, JsonNode> method : resources("AWS::ApiGateway::Method")) {
            JsonNode properties = method.getValue().get("Properties");
            if (properties.get("HttpMethod").asText().equals("OPTIONS")) {
                continue; // CORS preflight: browsers send it without credentials
            }
            boolean health = properties.at("/Integration/Uri").toString().contains("\"" + healthAlias + "\"");
            if (health) {
                assertThat(properties.get("AuthorizationType").asText()).isEqualTo("NONE");
                open++;
            } else {
                assertThat(properties.get("AuthorizationType").asText()).as(method.getKey()).isEqualTo("COGNITO_USER_POOLS");
                assertThat(properties.at("/AuthorizerId/Ref").asText()).as(method.getKey()).isEqualTo(authorizer);
                signedIn++;
            }
        }
        assertThat(open).isEqualTo(1);
        assertThat(signedIn).isEqualTo(ApiRoutes.ALL.size() - 1);
    }

    @Test
    void aRefusedTokenIsAJsonErrorThePageCanRead() {
        assertions.hasResourceProperties("AWS::ApiGateway::GatewayResponse", Match.objectLike(Map.of(
                "ResponseType", "UNAUTHORIZED", "StatusCode", "401",
                "ResponseParameters", Match.objectLike(Map.of("gatewayresponse.header.WWW-Authenticate", "'Bearer'",
                        "gatewayresponse.header.Access-Control-Allow-Origin", Match.anyValue())),
                "ResponseTemplates", Map.of("application/json", Match.stringLikeRegexp(".*\"code\":\"unauthorized\".*")))));
        Object corsHeaders = Match.objectLike(Map.of(
                "method.response.header.Access-Control-Allow-Headers", "'Content-Type,Authorization'",
                "method.response.header.Access-Control-Allow-Methods", "'GET,POST,PUT,DELETE,OPTIONS'"));
        Object preflight = Match.objectLike(Map.of("IntegrationResponses",
                List.of(Match.objectLike(Map.of("ResponseParameters", corsHeaders)))));
        assertions.hasResourceProperties("AWS::ApiGateway::Method", Match.objectLike(Map.of("HttpMethod", "OPTIONS",
                "Integration", preflight)));
    }

    @Test
    void thePagesAuthConfigNamesThePoolTheClientAndTheManagedLogin() {
        String client = only("AWS::Cognito::UserPoolClient");
        String pool = only("AWS::Cognito::UserPool");
        String domain = only("AWS::Cognito::UserPoolDomain");
        JsonNode markers = resources("Custom::CDKBucketDeployment").get(0).getValue().at("/Properties/SourceMarkers");

        assertThat(markers.toString()).contains("{\"Ref\":\"" + client + "\"}").contains("{\"Ref\":\"" + pool + "\"}")
                .contains("{\"Ref\":\"" + domain + "\"}");
    }
}
