package org.evidencecatalogue.curation.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security of the whole site. Public pages answer GET only; every curator route (a record's new, edit,
 * delete, restore and history pages, and the curation area) needs a signed-in curator, and account
 * administration needs an admin. Anything else is refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The path of each kind of record that curators edit under {@code /{kind}/…}. */
    static final List<String> CURATED = List.of("drugs", "conditions", "studies", "discussions", "sources");

    /**
     * Scripts come only from this site: no inline scripts or event handlers anywhere. Styles likewise, so
     * htmx's own indicator styles are switched off in the layout.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService accounts,
            PasswordEncoder passwordEncoder, SignInThrottle throttle) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        // The only provider, and no parent: nothing can authenticate around the throttle.
        ProviderManager authentication = new ProviderManager(new ThrottledAuthentication(passwords, throttle));
        RequestMatcher curatorRoutes = curatorRoutes();
        http.authorizeHttpRequests((requests) -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").denyAll()
            .requestMatchers("/curation/accounts", "/curation/accounts/**").hasRole("ADMIN")
            .requestMatchers(curatorRoutes).hasRole("CURATOR")
            .requestMatchers(HttpMethod.GET, "/**").permitAll()
            .anyRequest().denyAll())
            .authenticationManager(authentication)
            .formLogin((form) -> form.loginPage("/login")
                .permitAll()
                .defaultSuccessUrl("/curation", false)
                .failureHandler(new SignInFailureHandler()))
            .logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
            .sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
            // An htmx request whose session ended reloads the page, which then redirects to the sign-in page. Only
            // curator routes send anyone to sign in: anything else that is refused is simply forbidden.
            .exceptionHandling((exceptions) -> exceptions
                .defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
                        new RequestHeaderRequestMatcher("HX-Request"))
                .defaultAuthenticationEntryPointFor(new Http403ForbiddenEntryPoint(),
                        new NegatedRequestMatcher(curatorRoutes))
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), curatorRoutes))
            .headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions((frames) -> frames.deny()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Hashes carry their algorithm ({bcrypt}…), so a stronger one can be introduced without a migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    private static RequestMatcher curatorRoutes() {
        List<String> routes = new ArrayList<>(List.of("/curation", "/curation/**"));
        for (String kind : CURATED) {
            routes.addAll(List.of("/" + kind + "/new", "/" + kind + "/*/edit", "/" + kind + "/*/delete",
                    "/" + kind + "/*/restore", "/" + kind + "/*/history", "/" + kind + "/*/history/**"));
        }
        return new OrRequestMatcher(routes.stream()
            .map((route) -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(route))
            .toList());
    }

}
