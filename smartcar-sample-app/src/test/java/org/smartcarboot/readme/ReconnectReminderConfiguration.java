package org.smartcarboot.readme;

import org.smartcarboot.token.SmartcarTokenListener;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The README's token listener that asks a driver to connect again once Smartcar rejected
 * their refresh token.
 */
@Configuration(proxyBeanMethods = false)
class ReconnectReminderConfiguration {

	@Bean
	SmartcarTokenListener reconnectReminder(DriverMailer mailer) {
		return new SmartcarTokenListener() {

			@Override
			public void reauthorizationRequired(String registrationId, String principalName,
					ReauthorizationReason reason) {
				if (reason == ReauthorizationReason.REFRESH_TOKEN_REJECTED) {
					mailer.askToReconnect(principalName); // the driver's Smartcar user id
				}
			}

		};
	}

	/**
	 * The application's way to reach a driver.
	 */
	interface DriverMailer {

		void askToReconnect(String principalName);

	}

}
