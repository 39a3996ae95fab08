package kz.sheber.account.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import kz.sheber.account.ui.LoginView;
import kz.sheber.base.SheberProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Vaadin's security on Spring Security: views are closed unless annotated, sign-in through our login view and
 * our throttled check only, a CSRF token on the sign-in form, strict headers, and a session registry so
 * disabling an account ends its sessions.
 */
@Configuration
@EnableWebSecurity
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * Vaadin's client needs inline styles and evaluates server-sent JavaScript (executeJs), hence those two
     * allowances; everything else comes from this origin only, and no other site may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionRegistry sessions,
            AuthenticationManager signIn,
            RequestUtil vaadinRequests,
            SheberProperties settings)
            throws Exception {
        // The look (frontend/ copied into the jar) is public, like Vaadin's own resources
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/styles/**",
                        "/images/**",
                        "/icons/**",
                        "/scripts/**",
                        "/webjars/**",
                        "/feeds/**",
                        "/calendar/*.ics")
                .permitAll());
        // This manager and nothing else: with the global one as parent, a throttled refusal fell through to an
        // unthrottled password check that also told a guesser which accounts are disabled
        http.authenticationManager(signIn);
        // Vaadin's configurer exempts the login form from CSRF; we keep its exemption for Vaadin's own requests
        // (they carry Vaadin's token) and protect the form, which sends the token from the page's meta tags
        RequestMatcher signInPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                request -> !signInPost.matches(request) && vaadinRequests.isFrameworkInternalRequest(request)));
        http.addFilterBefore(new CrossSiteSignInFilter(LOGIN_PATH, settings.publicUrl()), CsrfFilter.class);
        http.exceptionHandling(
                exceptions -> exceptions.defaultAccessDeniedHandlerFor(new StaleSignInForm(signInPost), signInPost));
        http.headers(headers -> headers
                // Eagerly: Vaadin writes its own X-Frame-Options on its pages unless one is already there
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredUrl("/login"));
        // Views are guarded by Vaadin's navigation access control (@AnonymousAllowed, @PermitAll, @RolesAllowed);
        // at the HTTP level every address is open, so an unknown one gets the translated not-found page
        // rather than a sign-in form, and feeds and pictures need no session
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.enableCsrfConfiguration(false)
                        .loginView(LoginView.class, "/")
                        // Not on their way anywhere: each person's own start page (an instructor's classes), see
                        // StartView
                        .defaultSuccessUrl("/start")
                        .anyRequest(any -> any.permitAll()));
        return http.build();
    }

    /** Also keeps Spring Boot from creating its in-memory user with a generated password. */
    @Bean
    AuthenticationManager signInManager(
            PersonDetailsService people, PasswordEncoder encoder, SignInThrottle throttle, SignInRecorder recorder) {
        return new ProviderManager(new ThrottledAuthenticationProvider(people, encoder, throttle, recorder));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and old hashes keep working if the default ever changes
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
