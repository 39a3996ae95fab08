package kz.sheber.account.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import kz.sheber.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Vaadin's security on Spring Security: views are closed unless annotated, sign-in through our login view,
 * strict headers, and a session registry so disabling an account ends its sessions.
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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions,
            PersonDetailsService people, PasswordEncoder encoder, SignInThrottle throttle) throws Exception {
        // The look (frontend/ copied into the jar) is public, like Vaadin's own resources
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/icons/**", "/scripts/**", "/webjars/**", "/feeds/**", "/calendar/*.ics").permitAll());
        http.authenticationProvider(new ThrottledAuthenticationProvider(people, encoder, throttle));
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
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredUrl("/login"));
        // Views are guarded by Vaadin's navigation access control (@AnonymousAllowed, @PermitAll, @RolesAllowed);
        // at the HTTP level every address is open, so an unknown one gets the translated not-found page
        // rather than a sign-in form, and feeds and pictures need no session
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                // Not on their way anywhere: each person's own start page (an instructor's classes), see StartView
                .defaultSuccessUrl("/start")
                .anyRequest(any -> any.permitAll()));
        return http.build();
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
