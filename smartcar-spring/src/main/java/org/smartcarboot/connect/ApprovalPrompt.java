package org.smartcarboot.connect;

import java.util.Locale;

/**
 * Whether Smartcar Connect shows the approval screen to a driver who already approved the
 * application.
 */
public enum ApprovalPrompt {

	/**
	 * Skip the approval screen when the driver already approved the requested
	 * permissions.
	 */
	AUTO,

	/**
	 * Always show the approval screen.
	 */
	FORCE;

	/**
	 * Returns the value of the {@code approval_prompt} parameter sent to Connect.
	 * @return the lower-case parameter value
	 */
	public String parameterValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
