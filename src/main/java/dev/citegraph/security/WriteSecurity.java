package dev.citegraph.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads are open; writes need the admin credentials. GraphQL mutations are guarded by method
 * security on their controllers ({@code @PreAuthorize}), so a query on the same endpoint needs
 * nothing and a refused mutation answers a GraphQL error (see {@link WriteRefusals});
 * {@code POST /admin/reload} is guarded here and answers 401 with a JSON reason.
 *
 * <p>Credentials that do not match are ignored rather than answered with a 401: the request goes
 * on as anonymous, so a read still works and a write is refused as a GraphQL error. No session,
 * no login form, no cookie: the credentials travel only in the Authorization header, which a
 * page of another site cannot set on a request to this one (the browser would ask first, and no
 * CORS rule allows it), so CSRF tokens would protect nothing and only break scripted POSTs.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(AdminCredentials.Settings.class)
class WriteSecurity {

    /** The review pages run no script but their own file and load nothing from elsewhere. */
    static final String REVIEW_PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    AdminCredentials adminCredentials(AdminCredentials.Settings settings) {
        return new AdminCredentials(settings);
    }

    @Bean
    AuthenticationManager authenticationManager(AdminCredentials credentials) {
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(new TokenAuthentication(credentials)));
        if (credentials.user() != null) {
            PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            // Only the hash is kept in memory, and a password is checked against it at the encoder's own pace.
            var users = new InMemoryUserDetailsManager(User.withUsername(credentials.user())
                    .password(encoder.encode(credentials.password())).roles(TokenAuthentication.ROLE).build());
            DaoAuthenticationProvider basic = new DaoAuthenticationProvider(users);
            basic.setPasswordEncoder(encoder);
            providers.add(basic);
        }
        return new ProviderManager(providers);
    }

    // The commands (add-article, export, validate) run without a web server, and so without HTTP security.
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain writes(HttpSecurity http, AuthenticationManager manager, AdminCredentials credentials) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                // Spring's Basic filter built without an entry point ignores a failed login and goes on anonymous.
                .addFilterAt(new BasicAuthenticationFilter(manager), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(manager), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/admin/**").hasRole(TokenAuthentication.ROLE)
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refusal(credentials)))
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        PathPatternRequestMatcher.withDefaults().matcher("/review/**"),
                        new StaticHeadersWriter("Content-Security-Policy", REVIEW_PAGE_POLICY))));
        return http.build();
    }

    /** A JSON 401 naming what to send; never a login page, never a Basic challenge a browser would pop up. */
    private static AuthenticationEntryPoint refusal(AdminCredentials credentials) {
        JsonMapper json = JsonMapper.builder().build();
        return (request, response, exception) -> {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json.writeValueAsString(Map.of("error", credentials.howToWrite("this write"))));
        };
    }
}
