package org.evidencecatalogue.curation;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.evidencecatalogue.shared.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The curator pages every kind of record shares, beside its public page: {@code /{kind}/new},
 * {@code /{kind}/{slug}/edit} with its add/remove-row buttons, delete and restore, and the history with
 * its revisions. A feature extends it with a package-private controller mapped to its path and hands it its
 * {@link RecordEditor}; all the feature-specific work happens there and in the feature's form.
 */
public abstract class RecordCurationController<F extends RecordForm> {

    static final String FORM = "form";

    private final RecordEditor<F> editor;

    private final CurationViews views;

    private final SmartValidator validator;

    protected RecordCurationController(RecordEditor<F> editor, CurationViews views, SmartValidator validator) {
        this.editor = editor;
        this.views = views;
        this.validator = validator;
    }

    @InitBinder(FORM)
    void bindText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new FormText());
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, this.editor.blankForm(), null);
    }

    @PostMapping(path = "/new", params = "row")
    String newFormRows(@ModelAttribute(FORM) F form, BindingResult binding, @RequestParam String row, Model model) {
        RowCommand.parse(row).applyTo(form);
        return form(model, form, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute(FORM) F form, BindingResult result, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        this.editor.check(form, null, EditKind.CREATE, result);
        if (!result.hasErrors()) {
            try {
                String slug = this.editor.create(form);
                return saved(flash, "curation.created", slug);
            }
            catch (DataIntegrityViolationException ex) {
                // Someone created the same slug or identifier a moment ago.
                result.reject("curation.notUnique");
            }
        }
        response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        return form(model, form, null);
    }

    @GetMapping("/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        return form(model, this.editor.currentForm(slug), slug);
    }

    @PostMapping(path = "/{slug}/edit", params = "row")
    String editRows(@PathVariable String slug, @ModelAttribute(FORM) F form, BindingResult binding,
            @RequestParam String row, Model model) {
        RowCommand.parse(row).applyTo(form);
        return form(model, form, slug);
    }

    @PostMapping("/{slug}/edit")
    String update(@PathVariable String slug, @Valid @ModelAttribute(FORM) F form, BindingResult result, Model model,
            RedirectAttributes flash, HttpServletResponse response, Locale locale) {
        this.editor.check(form, slug, EditKind.UPDATE, result);
        return save(slug, form, result, model, flash, response, locale, "curation.saved");
    }

    @PostMapping("/{slug}/delete")
    String delete(@PathVariable String slug, @RequestParam long version, RedirectAttributes flash) {
        try {
            this.editor.delete(slug, version);
        }
        catch (RecordInUseException ex) {
            flash.addFlashAttribute("flashProblem", "curation.inUse");
            flash.addFlashAttribute("flashArgument", ex.getReferences());
            return "redirect:/" + kind().path() + "/" + slug + "/edit";
        }
        flash.addFlashAttribute("flashMessage", "curation.deleted");
        flash.addFlashAttribute("flashArgument", slug);
        return "redirect:/curation";
    }

    @PostMapping("/{slug}/restore")
    String restore(@PathVariable String slug, @RequestParam long version, RedirectAttributes flash) {
        try {
            this.editor.restore(slug, version);
        }
        catch (RecordInUseException ex) {
            flash.addFlashAttribute("flashProblem", "curation.restoreBlocked");
            flash.addFlashAttribute("flashArgument", ex.getReferences());
            return "redirect:/curation";
        }
        return saved(flash, "curation.restored", slug);
    }

    @GetMapping("/{slug}/history")
    String history(@PathVariable String slug, Model model, Locale locale) {
        RecordHistory<F> history = this.editor.history(slug);
        model.addAttribute("history", history);
        model.addAttribute("entries", this.views.history(kind(), history, locale));
        return historyModel(model, slug, "curation/history");
    }

    @GetMapping("/{slug}/history/{revision}")
    String revision(@PathVariable String slug, @PathVariable long revision, Model model, Locale locale) {
        RecordHistory<F> history = this.editor.history(slug);
        Revisioned<RecordState<F>> shown = history.revision(revision)
            .orElseThrow(() -> new NotFoundException("Revision", slug + "/" + revision));
        model.addAttribute("history", history);
        model.addAttribute("revision", shown);
        model.addAttribute("latest", history.revisions().getLast().number() == revision);
        model.addAttribute("fields", this.views.fields(kind(), shown.state(), locale));
        return historyModel(model, slug, "curation/revision");
    }

    /**
     * Restoring saves the revision's values as a new revision, through the same rules as any save. Should the
     * catalogue no longer accept them (a slug or identifier now taken, a linked record deleted), the curator
     * gets the form filled with them and the reasons.
     */
    @PostMapping("/{slug}/history/{revision}/restore")
    String restoreRevision(@PathVariable String slug, @PathVariable long revision, @RequestParam long version,
            Model model, RedirectAttributes flash, HttpServletResponse response, Locale locale) {
        F form = this.editor.history(slug)
            .revision(revision)
            .orElseThrow(() -> new NotFoundException("Revision", slug + "/" + revision))
            .state()
            .form();
        form.setVersion(version);
        BindingResult result = new BeanPropertyBindingResult(form, FORM);
        this.validator.validate(form, result);
        this.editor.check(form, slug, EditKind.RESTORE, result);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        model.addAttribute("restoringRevision", revision);
        return save(slug, form, result, model, flash, response, locale, "curation.revisionRestored");
    }

    private String save(String slug, F form, BindingResult result, Model model, RedirectAttributes flash,
            HttpServletResponse response, Locale locale, String message) {
        if (!result.hasErrors()) {
            try {
                this.editor.update(slug, form);
                return saved(flash, message, slug);
            }
            catch (OptimisticLockingFailureException ex) {
                return conflict(slug, form, model, response, locale);
            }
            catch (DataIntegrityViolationException ex) {
                result.reject("curation.notUnique");
            }
        }
        response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        return form(model, form, slug);
    }

    /**
     * Someone saved the record after this curator opened it. Nothing is saved; the form comes back with
     * everything the curator typed, now against the newer version, and beside it what the other person changed.
     */
    private String conflict(String slug, F yours, Model model, HttpServletResponse response, Locale locale) {
        F theirs = this.editor.currentForm(slug);
        model.addAttribute("conflicts", this.views.conflicts(kind(), this.editor.formAtVersion(slug, yours.getVersion()),
                theirs, yours, locale));
        yours.setVersion(theirs.getVersion());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return form(model, yours, slug);
    }

    private String saved(RedirectAttributes flash, String message, String slug) {
        flash.addFlashAttribute("flashMessage", message);
        flash.addFlashAttribute("flashArgument", slug);
        String publicPath = this.editor.publicPath(slug);
        return "redirect:" + ((publicPath != null) ? publicPath : "/" + kind().path() + "/" + slug + "/edit");
    }

    private String form(Model model, F form, String slug) {
        RecordKind kind = kind();
        model.addAttribute(FORM, form);
        model.addAttribute("kind", kind);
        model.addAttribute("slug", slug);
        model.addAttribute("action", "/" + kind.path() + "/" + ((slug != null) ? slug + "/edit" : "new"));
        model.addAttribute("publicPath", (slug != null) ? this.editor.publicPath(slug) : null);
        model.addAllAttributes(this.editor.formOptions());
        return kind.name() + "/form";
    }

    private String historyModel(Model model, String slug, String view) {
        model.addAttribute("kind", kind());
        model.addAttribute("slug", slug);
        model.addAttribute("publicPath", this.editor.publicPath(slug));
        return view;
    }

    private RecordKind kind() {
        return this.editor.kind();
    }

}
