package org.evidencecatalogue.curation.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in page, saying either "wrong username or password" or how long to wait. */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String query = (exception instanceof SignInThrottledException throttled) ? "?locked=" + throttled.minutes()
                : "?error";
        response.sendRedirect(request.getContextPath() + "/login" + query);
    }

}
