package org.smartcarboot.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarFlags;

import org.springframework.util.StringUtils;

/**
 * The Smartcar-specific parameters of a Connect authorization request, on top of the
 * standard OAuth2 ones.
 *
 * @param mode which vehicles may be connected
 * @param approvalPrompt whether the approval screen is always shown
 * @param make make whose login opens directly, or {@code null}
 * @param singleSelect whether only one vehicle may be connected
 * @param singleSelectVin VIN of the only vehicle that may be connected, or {@code null}
 * @param flags feature flags, name to value
 * @param user id of the driver in the application, or {@code null}
 */
public record ConnectParameters(ConnectMode mode, ApprovalPrompt approvalPrompt, @Nullable String make,
		boolean singleSelect, @Nullable String singleSelectVin, Map<String, String> flags, @Nullable String user) {

	/**
	 * Query parameter of {@code /oauth2/authorization/smartcar} that sets the make.
	 */
	public static final String MAKE = "make";

	/**
	 * Query parameter of {@code /oauth2/authorization/smartcar} that sets single select
	 * ({@code true} or {@code false}).
	 */
	public static final String SINGLE_SELECT = "single_select";

	/**
	 * Query parameter of {@code /oauth2/authorization/smartcar} that sets the single
	 * select VIN.
	 */
	public static final String SINGLE_SELECT_VIN = "single_select_vin";

	/**
	 * Query parameter of {@code /oauth2/authorization/smartcar} that forces the approval
	 * screen when {@code true}.
	 */
	public static final String FORCE = "force";

	/**
	 * Query parameter of {@code /oauth2/authorization/smartcar} that sets the user.
	 */
	public static final String USER = "user";

	private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}", Pattern.CASE_INSENSITIVE);

	private static final Pattern MAKE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final int MAX_USER_LENGTH = 256;

	/**
	 * Creates the parameters, checking and copying the flags in their order.
	 * @throws IllegalArgumentException when a flag would break the {@code flags}
	 * parameter
	 */
	public ConnectParameters {
		flags = SmartcarFlags.checked(flags);
	}

	/**
	 * Tells whether a value is a well-formed vehicle identification number.
	 * @param value the value to check
	 * @return whether it is 17 VIN characters
	 */
	public static boolean isVin(@Nullable String value) {
		return value != null && VIN.matcher(value).matches();
	}

	/**
	 * Returns these parameters overridden by the whitelisted query parameters of a
	 * request ({@link #MAKE}, {@link #SINGLE_SELECT}, {@link #SINGLE_SELECT_VIN},
	 * {@link #FORCE}, {@link #USER}). Malformed values are ignored; so is every other
	 * parameter.
	 * @param queryParameter reads a query parameter, {@code null} when absent
	 * @return the overridden parameters
	 */
	public ConnectParameters overriddenBy(Function<String, @Nullable String> queryParameter) {
		String requestedMake = queryParameter.apply(MAKE);
		String requestedSingleSelect = queryParameter.apply(SINGLE_SELECT);
		String requestedVin = queryParameter.apply(SINGLE_SELECT_VIN);
		String requestedUser = queryParameter.apply(USER);
		boolean force = "true".equalsIgnoreCase(queryParameter.apply(FORCE));
		return new ConnectParameters(this.mode, force ? ApprovalPrompt.FORCE : this.approvalPrompt,
				(requestedMake != null && MAKE_ID.matcher(requestedMake).matches()) ? requestedMake : this.make,
				isBoolean(requestedSingleSelect) ? Boolean.parseBoolean(requestedSingleSelect) : this.singleSelect,
				isVin(requestedVin) ? requestedVin : this.singleSelectVin, this.flags,
				(StringUtils.hasText(requestedUser) && requestedUser.length() <= MAX_USER_LENGTH) ? requestedUser
						: this.user);
	}

	private static boolean isBoolean(@Nullable String value) {
		return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value);
	}

	/**
	 * Returns the parameters to add to the authorization request, in Connect's names. A
	 * single select VIN implies {@code single_select=true}, sent once.
	 * @return the parameters, in a stable order
	 */
	public Map<String, Object> toAuthorizationParameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("mode", this.mode.parameterValue());
		parameters.put("approval_prompt", this.approvalPrompt.parameterValue());
		if (StringUtils.hasText(this.make)) {
			parameters.put(MAKE, this.make);
		}
		if (this.singleSelect || this.singleSelectVin != null) {
			parameters.put(SINGLE_SELECT, "true");
		}
		if (this.singleSelectVin != null) {
			parameters.put(SINGLE_SELECT_VIN, this.singleSelectVin);
		}
		if (!this.flags.isEmpty()) {
			parameters.put("flags", SmartcarFlags.parameter(this.flags));
		}
		if (StringUtils.hasText(this.user)) {
			parameters.put(USER, this.user);
		}
		return parameters;
	}

}
