package org.evidencecatalogue.curation.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST to {@code /login} and to {@code /logout}. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) Long locked,
            @RequestParam(required = false) String signedOut, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && current.getAuthorities()
            .stream()
            .anyMatch((authority) -> "ROLE_CURATOR".equals(authority.getAuthority()))) {
            return "redirect:/curation";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("lockedMinutes", (locked != null && locked > 0) ? Math.min(locked, 24 * 60) : null);
        model.addAttribute("signedOut", signedOut != null);
        return "curation/login";
    }

}
