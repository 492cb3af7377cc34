package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarException.Resolution;

/**
 * The driver must connect the vehicle again through Smartcar Connect: no Smartcar tokens
 * are stored for the principal (it never connected, or its tokens were removed), or
 * Smartcar rejected the stored refresh token ({@code invalid_grant}) and no newer token
 * pair was stored meanwhile by another thread or application instance, in which case the
 * stored tokens have been removed. Names the principal, so a background job can tell the
 * driver; never carries a token. Its resolution is always {@code REAUTHENTICATE}.
 */
public class SmartcarReauthorizationRequiredException extends SmartcarAuthenticationException {

	private static final String REAUTHENTICATE = "REAUTHENTICATE";

	private final String registrationId;

	private final String principalName;

	/**
	 * Creates the exception.
	 * @param registrationId the id of the client registration, such as {@code smartcar}
	 * @param principalName the name of the principal who must connect again
	 * @param rejection Smartcar's rejection of the refresh token, whose status, code and
	 * request id are kept, or {@code null} when no tokens are stored
	 */
	public SmartcarReauthorizationRequiredException(String registrationId, String principalName,
			@Nullable SmartcarException rejection) {
		super(details(registrationId, principalName, rejection), rejection);
		this.registrationId = registrationId;
		this.principalName = principalName;
	}

	/**
	 * Returns the id of the client registration whose tokens are missing or rejected.
	 * @return the registration id
	 */
	public String getRegistrationId() {
		return this.registrationId;
	}

	/**
	 * Returns the name of the principal who must connect the vehicle again: the driver's
	 * Smartcar user id, or the application's user name when Connect only authorizes the
	 * cars of an application's user.
	 * @return the principal name
	 */
	public String getPrincipalName() {
		return this.principalName;
	}

	private static SmartcarErrorDetails details(String registrationId, String principalName,
			@Nullable SmartcarException rejection) {
		Resolution resolution = new Resolution(REAUTHENTICATE, null);
		if (rejection == null) {
			return new SmartcarErrorDetails(0, SmartcarErrorCategory.AUTHENTICATION.name(), null,
					"no Smartcar authorization is stored for principal '" + principalName + "' (registration '"
							+ registrationId + "'); the driver must connect a vehicle through Smartcar Connect",
					null, resolution, null, null, null);
		}
		return new SmartcarErrorDetails(rejection.getStatusCode(), rejection.getType(), rejection.getCode(),
				"principal '" + principalName + "' (registration '" + registrationId + "'): "
						+ rejection.getDescription(),
				rejection.getDocUrl(), resolution, rejection.getRequestId(), null, rejection.getSuggestedUserMessage());
	}

}
