package dev.videoagent.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.apigateway.CognitoUserPoolsAuthorizer;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.CfnManagedLoginBranding;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.ManagedLoginVersion;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolDomain;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.constructs.Construct;

/**
 * Who may use the API: a Cognito user pool people sign up to with their e-mail (verified by a code), its
 * managed login pages, and the page as a public app client (authorization code with PKCE, no secret). API
 * Gateway checks the ID tokens the page sends with {@link #authorizer()}; the page learns where to sign in from
 * {@link #pageConfig()}, the same {@code auth-config.json} the local runtime serves with {@code serve --users}.
 */
public final class Users extends Construct {

    private final UserPool pool;
    private final UserPoolClient page;
    private final UserPoolDomain domain;
    private final CognitoUserPoolsAuthorizer authorizer;

    public Users(Construct scope, String id, String pageOrigin) {
        super(scope, id);
        Stack stack = Stack.of(this);
        pool = UserPool.Builder.create(stack, "Users").userPoolName("video-prompt-agent")
                .featurePlan(FeaturePlan.ESSENTIALS)
                .selfSignUpEnabled(true).signInAliases(SignInAliases.builder().email(true).build())
                .autoVerify(AutoVerifiedAttrs.builder().email(true).build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .passwordPolicy(PasswordPolicy.builder().minLength(12).requireLowercase(true).requireUppercase(true)
                        .requireDigits(true).requireSymbols(true).tempPasswordValidity(Duration.days(3)).build())
                // a second factor for whoever wants one; e-mail sign-up stays one step for everyone else
                .mfa(Mfa.OPTIONAL).mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .deletionProtection(true).removalPolicy(RemovalPolicy.RETAIN)
                .build();
        NagReasons.userPoolOnEssentials(pool);
        domain = pool.addDomain("Login", UserPoolDomainOptions.builder()
                .cognitoDomain(CognitoDomainOptions.builder().domainPrefix("video-agent-" + Aws.ACCOUNT_ID).build())
                .managedLoginVersion(ManagedLoginVersion.NEWER_MANAGED_LOGIN).build());
        page = pool.addClient("Page", UserPoolClientOptions.builder().userPoolClientName("page")
                .generateSecret(false) // a browser keeps no secret: PKCE instead
                .authFlows(AuthFlow.builder().userSrp(true).build())
                .oAuth(OAuthSettings.builder().flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                        .callbackUrls(List.of(pageOrigin + "/")).logoutUrls(List.of(pageOrigin + "/")).build())
                .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
                .idTokenValidity(Duration.hours(1)).accessTokenValidity(Duration.hours(1))
                .refreshTokenValidity(Duration.days(30)).enableTokenRevocation(true)
                .preventUserExistenceErrors(true).build());
        CfnManagedLoginBranding.Builder.create(stack, "LoginBranding").userPoolId(pool.getUserPoolId())
                .clientId(page.getUserPoolClientId()).useCognitoProvidedValues(true).build();
        authorizer = CognitoUserPoolsAuthorizer.Builder.create(stack, "SignedIn").authorizerName("signed-in")
                .cognitoUserPools(List.of(pool)).identitySource("method.request.header.Authorization")
                .resultsCacheTtl(Duration.minutes(5)).build();
    }

    public CognitoUserPoolsAuthorizer authorizer() {
        return authorizer;
    }

    /** {@code auth-config.json}: the issuer, the page's client and the managed login's endpoints. */
    public Map<String, Object> pageConfig() {
        String login = domain.baseUrl();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("signIn", true);
        config.put("issuer", "https://cognito-idp." + Aws.REGION + ".amazonaws.com/" + pool.getUserPoolId());
        config.put("clientId", page.getUserPoolClientId());
        config.put("authorizationEndpoint", login + "/oauth2/authorize");
        config.put("tokenEndpoint", login + "/oauth2/token");
        config.put("endSessionEndpoint", login + "/logout");
        return config;
    }
}
