package org.smartcarboot.connect;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests the Connect parameters' feature flags: sent in the order they were given, and
 * refused when they would break the {@code flags} parameter.
 */
class ConnectParametersTests {

	@Test
	void flagsKeepTheirOrder() {
		Map<String, String> flags = new LinkedHashMap<>();
		for (String name : new String[] { "zeta", "alpha", "mu", "beta", "omega", "gamma" }) {
			flags.put(name, "true");
		}

		assertThat(parameters(flags).toAuthorizationParameters()).containsEntry("flags",
				"zeta:true alpha:true mu:true beta:true omega:true gamma:true");
	}

	@Test
	void aFlagThatWouldBreakTheParameterIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> parameters(Map.of("country", "D E")))
			.withMessageContaining("flags");
		assertThatIllegalArgumentException().isThrownBy(() -> parameters(Map.of("country", "a:b")));
		assertThatIllegalArgumentException().isThrownBy(() -> parameters(Map.of("coun try", "DE")));
	}

	private static ConnectParameters parameters(Map<String, String> flags) {
		return new ConnectParameters(ConnectMode.LIVE, ApprovalPrompt.AUTO, null, false, null, flags, null);
	}

}
