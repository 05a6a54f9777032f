package org.evidencecatalogue.support;

import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.RemoteWebDriver;

/** What a page wrote to the browser console at error level: script errors, failed loads, CSP refusals. */
public final class BrowserConsole {

    private BrowserConsole() {
    }

    /** The error entries logged since the last call (reading the log empties it), as "LEVEL message". */
    public static List<String> drainErrors(RemoteWebDriver driver) {
        return driver.manage()
            .logs()
            .get(LogType.BROWSER)
            .getAll()
            .stream()
            .filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(BrowserConsole::describe)
            .toList();
    }

    private static String describe(LogEntry entry) {
        return entry.getLevel() + " " + entry.getMessage();
    }

}
