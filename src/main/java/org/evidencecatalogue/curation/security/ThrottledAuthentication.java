package org.evidencecatalogue.curation.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in behind the throttle. A locked username or address is refused before its
 * password is checked, so guessing on stops working. Unknown usernames and disabled accounts fail exactly like
 * a wrong password, and count the same, so the answers never tell which usernames exist.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;

    private final SignInThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        // Usernames are at most 40 characters; whatever longer text was typed still counts, under its start.
        username = username.substring(0, Math.min(username.length(), 100));
        List<String> subjects = List.of(SignInThrottle.user(username),
                SignInThrottle.address(address(authentication)));
        Duration locked = this.throttle.lockRemaining(subjects);
        if (!locked.isZero()) {
            throw new SignInThrottledException(locked);
        }
        try {
            Authentication result = this.passwords.authenticate(authentication);
            this.throttle.recordSuccess(SignInThrottle.user(username));
            return result;
        }
        catch (BadCredentialsException | AccountStatusException ex) {
            Duration lockedNow = this.throttle.recordFailure(subjects);
            if (!lockedNow.isZero()) {
                throw new SignInThrottledException(lockedNow);
            }
            throw new BadCredentialsException("Wrong username or password");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication authentication) {
        return (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
    }

}
