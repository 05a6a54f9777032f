package org.evidencecatalogue.curation.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page: every account, a form for a new one, and per account disable, enable and a new password. */
@Controller
@RequestMapping("/curation/accounts")
class AccountPages {

    private final AccountAdministration accounts;

    AccountPages(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @InitBinder("newAccount")
    void trimUsername(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, "username", new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("newAccount", new NewAccountForm());
        return page(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("newAccount") NewAccountForm form, BindingResult result, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        if (!result.hasFieldErrors("username") && this.accounts.exists(form.getUsername())) {
            result.rejectValue("username", "account.username.taken");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
            return page(model);
        }
        CuratorAccount account = this.accounts.create(form.getUsername(), form.getPassword(), form.getRole());
        flash.addFlashAttribute("flashMessage", "account.created");
        flash.addFlashAttribute("flashArgument", account.getUsername());
        return "redirect:/curation/accounts";
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, @RequestParam long version, Authentication admin,
            RedirectAttributes flash) {
        if (username.equals(admin.getName())) {
            flash.addFlashAttribute("flashProblem", "account.disableSelf");
            return "redirect:/curation/accounts";
        }
        this.accounts.setEnabled(username, false, version, admin.getName());
        flash.addFlashAttribute("flashMessage", "account.disabled");
        flash.addFlashAttribute("flashArgument", username);
        return "redirect:/curation/accounts";
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, @RequestParam long version, Authentication admin,
            RedirectAttributes flash) {
        this.accounts.setEnabled(username, true, version, admin.getName());
        flash.addFlashAttribute("flashMessage", "account.enabled");
        flash.addFlashAttribute("flashArgument", username);
        return "redirect:/curation/accounts";
    }

    @GetMapping("/{username}/password")
    String passwordForm(@PathVariable String username, Model model) {
        CuratorAccount account = this.accounts.find(username);
        PasswordResetForm form = new PasswordResetForm();
        form.setVersion(account.getVersion());
        model.addAttribute("account", account);
        model.addAttribute("reset", form);
        return "curation/password";
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @Valid @ModelAttribute("reset") PasswordResetForm form,
            BindingResult result, Model model, RedirectAttributes flash, HttpServletResponse response) {
        if (result.hasErrors()) {
            model.addAttribute("account", this.accounts.find(username));
            response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
            return "curation/password";
        }
        this.accounts.resetPassword(username, form.getPassword(), form.getVersion());
        flash.addFlashAttribute("flashMessage", "account.passwordReset");
        flash.addFlashAttribute("flashArgument", username);
        return "redirect:/curation/accounts";
    }

    private String page(Model model) {
        model.addAttribute("accounts", this.accounts.all());
        model.addAttribute("roles", Role.values());
        return "curation/accounts";
    }

}
