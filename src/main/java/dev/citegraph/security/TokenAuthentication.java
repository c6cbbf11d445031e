package dev.citegraph.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/** Checks a bearer token against the admin token; a match is the admin, allowed every write. */
final class TokenAuthentication implements AuthenticationProvider {

    /** The one role: whoever holds the credentials may write. */
    static final String ROLE = "ADMIN";
    /** The principal's name in logs and in the Authentication. */
    static final String PRINCIPAL = "admin-token";

    private final AdminCredentials credentials;

    TokenAuthentication(AdminCredentials credentials) {
        this.credentials = credentials;
    }

    /** An unchecked token as the filter read it from the header. */
    static Authentication unchecked(String token) {
        return new PreAuthenticatedAuthenticationToken(PRINCIPAL, token);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!credentials.acceptsToken((String) authentication.getCredentials())) {
            throw new BadCredentialsException("the token is not the admin token");
        }
        return new PreAuthenticatedAuthenticationToken(PRINCIPAL, null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PreAuthenticatedAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
