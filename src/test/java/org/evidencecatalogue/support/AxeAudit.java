package org.evidencecatalogue.support;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run in the page as it stands, with the WCAG 2.2 A and AA rules and axe's best practices (axe-core
 * ships the script in its jar; nothing is fetched). Each problem is one line naming the rule, the element and
 * what is wrong, so a failing assertion says what to fix.
 */
public final class AxeAudit {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** axe's rules beyond WCAG: landmarks, headings and the like. */
    public static final String BEST_PRACTICE = "best-practice";

    private AxeAudit() {
    }

    public static Report run(WebDriver driver) {
        List<String> tags = new ArrayList<>(WCAG_22_AA);
        tags.add(BEST_PRACTICE);
        Results results = new AxeBuilder().withTags(tags).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + results.getUrl() + ": " + results.getErrorMessage());
        }
        return new Report(results.getUrl(), results.getPasses().size(), describe(results.getViolations(), true),
                describe(results.getIncomplete(), true), describe(results.getViolations(), false));
    }

    /** WCAG rules when {@code wcag} is true; otherwise the best-practice rules that are not also WCAG rules. */
    private static List<String> describe(List<Rule> rules, boolean wcag) {
        List<String> lines = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.getTags().stream().anyMatch(WCAG_22_AA::contains) != wcag) {
                continue;
            }
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
     * What axe found: the number of rules that passed (none means axe did not really look), WCAG violations,
     * which are failures, "incomplete" WCAG checks axe could not decide (a colour over an image, say), kept for
     * a person to look at, and breaches of axe's best practices (two landmarks with the same name, say).
     */
    public record Report(String url, int passedRules, List<String> violations, List<String> incomplete,
            List<String> bestPractices) {

        public String violationsMessage() {
            return this.violations.size() + " axe-core WCAG 2.2 A/AA violation(s) on " + this.url + ":\n  "
                    + String.join("\n  ", this.violations);
        }

        public String bestPracticesMessage() {
            return this.bestPractices.size() + " axe-core best-practice violation(s) on " + this.url + ":\n  "
                    + String.join("\n  ", this.bestPractices);
        }

    }

}
