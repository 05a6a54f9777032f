package org.evidencecatalogue.api;

import java.util.Arrays;
import java.util.Locale;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.evidencecatalogue.search.SearchRequest;
import org.evidencecatalogue.search.SearchTextTooLongException;
import org.evidencecatalogue.shared.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The API answers errors as RFC 9457 problem details, ahead of the HTML error pages. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No " + ex.getKind().toLowerCase(Locale.ROOT) + " has the slug '" + ex.getKey() + "'.");
        problem.setTitle(ex.getKind() + " not found");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
        String expected = expected(ex.getRequiredType());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + ex.getName() + "' must be " + expected + ".");
        problem.setTitle("Invalid parameter");
        return problem;
    }

    @ExceptionHandler(SearchTextTooLongException.class)
    ProblemDetail searchTooLong(SearchTextTooLongException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Parameter 'q' has "
                + ex.getLength() + " characters; at most " + SearchRequest.MAX_TEXT_LENGTH + " can be searched.");
        problem.setTitle("Search text too long");
        return problem;
    }

    /** Parameters the servlet container cannot decode, e.g. percent-encoding that is not UTF-8 ({@code %FF}). */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail unreadableParameters() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The query string could not be read: it is not percent-encoded UTF-8.");
        problem.setTitle("Unreadable parameters");
        return problem;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a valid " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

}
