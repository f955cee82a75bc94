package org.aifundingatlas.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests where Chromium is installed. Where it is not, they are skipped with
 * a loud message naming the install command, unless E2E_REQUIRED=true (as in CI): then
 * they run and fail, so a missing browser can never pass unnoticed there.
 */
class BrowserAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Boolean.parseBoolean(System.getenv("E2E_REQUIRED")) || Browser.isInstalled()) {
			return ConditionEvaluationResult.enabled("Chromium is installed or required");
		}
		String message = "BROWSER TESTS SKIPPED: Chromium/chromedriver not found at " + Browser.chromium() + " / "
				+ Browser.chromedriver() + ". Install them with `" + Browser.INSTALL_HINT
				+ "`; set E2E_REQUIRED=true to make this an error.";
		System.err.println("\n!!! " + message + "\n");
		return ConditionEvaluationResult.disabled(message);
	}

}
