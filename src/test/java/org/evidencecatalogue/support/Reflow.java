package org.evidencecatalogue.support;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Whether a page fits its viewport's width without scrolling sideways (WCAG 1.4.10, Reflow). Wide tables may
 * scroll inside their own {@code .table-scroll} region; nothing else may push the page wider.
 */
public final class Reflow {

    private static final String WIDER_THAN = """
            const width = arguments[0] || document.documentElement.clientWidth;
            const page = document.documentElement.scrollWidth;
            if (page <= width) {
              return [];
            }
            const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + [...e.classList].map((c) => '.' + c).join('');
            const wide = [...document.body.querySelectorAll('*')]
              .filter((e) => !e.parentElement.closest('.table-scroll'))
              .filter((e) => e.getBoundingClientRect().right > width + 0.5 || e.scrollWidth > e.clientWidth + 1)
              .filter((e) => getComputedStyle(e).overflowX === 'visible')
              .map((e) => name(e) + ' (' + Math.round(e.getBoundingClientRect().right) + 'px, «'
                  + (e.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 60) + '»)');
            return ['the page is ' + page + 'px wide in a ' + width + 'px viewport; elements reaching past it: '].concat(wide.slice(-8));
            """;

    private Reflow() {
    }

    /** As {@link #overflow(WebDriver, int)} for the width of the window less its scrollbar. */
    public static List<String> overflow(WebDriver driver) {
        return overflow(driver, 0);
    }

    /**
     * Nothing when the page fits the given CSS width; otherwise a description of the overflow and the deepest
     * elements that reach past the edge. A phone's width must be given: under mobile emulation, as on a phone,
     * the layout viewport grows to fit content that is too wide.
     */
    @SuppressWarnings("unchecked")
    public static List<String> overflow(WebDriver driver, int width) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(WIDER_THAN, width);
    }

}
