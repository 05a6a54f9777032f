package org.evidencecatalogue.support;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run in the page as it stands, limited to the WCAG 2.2 A and AA rules (axe-core ships the script in
 * its jar; nothing is fetched). Each problem is one line naming the rule, the element and what is wrong, so
 * a failing assertion says what to fix.
 */
public final class AxeAudit {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private AxeAudit() {
    }

    public static Report run(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + results.getUrl() + ": " + results.getErrorMessage());
        }
        return new Report(results.getUrl(), results.getPasses().size(), describe(results.getViolations()),
                describe(results.getIncomplete()));
    }

    private static List<String> describe(List<Rule> rules) {
        List<String> lines = new ArrayList<>();
        for (Rule rule : rules) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add(rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + ": " + rule.getHelp()
                        + " — " + oneLine(node.getFailureSummary()) + " — " + oneLine(node.getHtml()));
            }
        }
        return lines;
    }

    private static String oneLine(String text) {
        return (text != null) ? text.replaceAll("\\s+", " ").strip() : "";
    }

    /**
     * What axe found: the number of rules that passed (none means axe did not really look), violations, which
     * are failures, and "incomplete" checks axe could not decide (a colour over an image, say), kept for a
     * person to look at.
     */
    public record Report(String url, int passedRules, List<String> violations, List<String> incomplete) {

        public String violationsMessage() {
            return this.violations.size() + " axe-core WCAG 2.2 A/AA violation(s) on " + this.url + ":\n  "
                    + String.join("\n  ", this.violations);
        }

    }

}
