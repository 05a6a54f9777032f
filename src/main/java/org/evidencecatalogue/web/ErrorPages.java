package org.evidencecatalogue.web;

import org.evidencecatalogue.shared.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Maps what controllers throw to calm error pages; anything unhandled falls through to {@code error/5xx}.
 * Access refusals (403) never reach here: Spring Security sends them, and {@code error/403} renders them.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException ex, Model model) {
        model.addAttribute("kind", ex.getKind());
        model.addAttribute("key", ex.getKey());
        return "error/404";
    }

    /**
     * A change based on an older version of a record (a delete, a restore) that someone else changed first.
     * Record forms handle their own conflicts, showing what changed; this is for everything else.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }

}
