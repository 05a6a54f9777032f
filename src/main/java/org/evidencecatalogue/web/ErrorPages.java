package org.evidencecatalogue.web;

import org.evidencecatalogue.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Maps what controllers throw to calm error pages; anything unhandled falls through to {@code error/5xx}. */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException ex, Model model) {
        model.addAttribute("kind", ex.getKind());
        model.addAttribute("key", ex.getKey());
        return "error/404";
    }

}
