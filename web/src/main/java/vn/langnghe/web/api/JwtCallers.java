package vn.langnghe.web.api;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Systems with an identity provider of their own present OAuth2 bearer JWTs instead of a client token.
 * Not enabled yet: every JWT is refused as unauthenticated, saying so.
 */
@ApplicationScoped
public class JwtCallers {
    /** The caller a JWT stands for, or an {@link ApiProblem} (401) saying why not. */
    public ApiCaller caller(String jwt) {
        throw ApiProblem.unauthenticated(ProblemType.UNAUTHENTICATED,
                "JWT bearer tokens are not enabled on this platform: use a client token (ln_…)");
    }
}
